def g():
    while True:
        try:
            yield 'normal'
        except ValueError as e:
            print('handled', e)
            yield 'after handling'
gen = g()
print(next(gen))
print(gen.throw(ValueError('boom')))
print(next(gen))
def h():
    yield 1
gen2 = h()
next(gen2)
try:
    gen2.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(list(gen2))
def fresh():
    yield 1
try:
    fresh().throw(TypeError('before start'))
except TypeError as e:
    print('not started:', e)
