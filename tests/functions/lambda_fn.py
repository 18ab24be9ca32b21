sq = lambda x: x * x
print(sq(4))
add = lambda a, b=1: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, z=2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: len(s)))
print(list(map(lambda x: x + 1, [1, 2])))
f = lambda: None
print(f(), f.__name__)
nested = lambda x: lambda y: x * y
print(nested(3)(4))
