a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [*'hi', *range(2)])
print(*a, *b, sep=',')
d1 = {'x': 1}
d2 = {'y': 2, 'x': 0}
print({**d1, **d2}, {**d2, **d1}, dict(**d1, z=3))
first, *middle, last = range(6)
print(first, middle, last)
*init, = 'abc'
print(init)
def f(*args, **kw):
    return args, kw
print(f(*a, 5, *b, k=1, **d1))
print([*[], *()], len([*range(100)]))
