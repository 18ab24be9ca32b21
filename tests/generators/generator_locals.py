def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
g1, g2 = fib(), fib()
next(g1); next(g1)
print(next(g1), next(g2))
def with_default(start, step=2):
    x = start
    for _ in range(3):
        yield x
        x += step
print(list(with_default(1)), list(with_default(0, step=-1)))
