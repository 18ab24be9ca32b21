def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('exiting')
        return 'ignored on close'
gen = g()
next(gen)
print(gen.close())
print(next(gen, 'exhausted'))
def h():
    yield from range(3)
hh = h()
print(next(hh))
hh.close()
print(list(hh))
