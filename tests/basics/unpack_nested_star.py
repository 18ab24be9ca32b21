(a, *b), c = [1, 2, 3], 4
print(a, b, c)
[x, [y, *z]] = [0, [1, 2, 3]]
print(x, y, z)
head, *_, tail = range(10)
print(head, tail)
(*init, last), = [[1, 2, 3]]
print(init, last)
k, v = ('key', 'value')
print(k.upper(), v[::-1])
try:
    *a, b, c = [1]
except ValueError as e:
    print(e)
