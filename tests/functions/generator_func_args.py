def f(*args, sep='-'):
    return sep.join(str(a) for a in args)
print(f(1, 2, 3), f(*range(5), sep=''))
def g(a, b, /, c, *d, e, f=6, **g):
    return [a, b, c, d, e, f, g]
print(g(1, 2, 3, 4, 5, e=7, h=8))
print(g(1, 2, c=3, e=0))
