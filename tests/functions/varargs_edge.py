def f(*args):
    return len(args)
print(f(), f(*[]), f(*[1, 2], *[3]), f(*'abc', *b'de'))
def g(**kw):
    return sorted(kw)
print(g(), g(**{}), g(**{'b': 1}, a=2))
def h(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, e=6))
print(h(*[1, 2, 3], **{'c': 0, 'z': 9}))
