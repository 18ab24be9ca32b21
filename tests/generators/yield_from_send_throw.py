def inner():
    while True:
        try:
            v = yield
            print('inner got', v)
        except KeyError:
            print('inner caught KeyError')
            return 'inner ended'
def outer():
    r = yield from inner()
    print('outer sees', r)
    yield 'outer last'
g = outer()
next(g)
g.send(1)
g.send(2)
print(g.throw(KeyError))
