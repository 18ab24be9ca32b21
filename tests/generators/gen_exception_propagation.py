def g():
    yield 1
    raise ValueError('inside generator')
try:
    for v in g():
        print('v', v)
except ValueError as e:
    print('caught', e)
def h():
    try:
        yield 1
    except ZeroDivisionError:
        yield 'recovered'
gen = h()
next(gen)
print(gen.throw(ZeroDivisionError))
