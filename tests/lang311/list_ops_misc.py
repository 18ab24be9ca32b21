a = [5, 3, 8, 1]
a.sort()
print(a, sorted(a, reverse=True), sorted(['b', 'A', 'c'], key=str.lower), a.index(8))
a[1:3] = ['x', 'y', 'z']
print(a, a[::-1], a[-2:], a[10:], a * 2)
del a[::2]
print(a)
b = [1, 2, 3, 4, 5, 6]
b[::2] = [0, 0, 0]
print(b, b.count(0), [1, [2]] == [1, [2]], [1, 2] < [1, 3], min(b), max(b))
try:
    b[::2] = [1]
except ValueError as e:
    print('ValueError', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    [1].remove(2)
except ValueError as e:
    print('ValueError', e)
print(list(enumerate('ab', 1)), list(zip([1, 2, 3], 'ab')), [x for x in reversed(range(3))])
