def g():
    x = yield
    print('x =', x)
    y = (yield x) + 1
    print('y =', y)
    z = yield
    print('z =', z)
gen = g()
print(next(gen))
print(gen.send('hello'))
print(gen.send(41))
try:
    gen.send('last')
except StopIteration:
    print('done')
def lambda_gen():
    f = lambda: (yield 5)
    return list(f())
print(lambda_gen())
