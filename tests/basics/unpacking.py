a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, *i = [1, 2, 3, 4]
print(h, i)
*j, k = range(4)
print(j, k)
l, *m, n = 'abcdef'
print(l, m, n)
o, *p, q = 1, 2
print(o, p, q)
for x, (y, *z) in [(1, (2, 3, 4)), (5, (6,))]:
    print(x, y, z)
first, second = {'a': 1, 'b': 2}
print(first, second)
try:
    u, v = [1, 2, 3]
except ValueError as ex:
    print(ex)
try:
    u, v, w = [1, 2]
except ValueError as ex:
    print(ex)
try:
    u, v, *w = [1]
except ValueError as ex:
    print(ex)
