t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], (1,), (), tuple(), tuple([1, 2]), tuple('ab'))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), 3)), hash((-1,)), hash((True, None is None)))
print(hash((1, 2.5)), hash((2**70, 5)), hash((0, -2)))
print(t + (4,), t * 2, 2 * t, () * 10, t.count(2), t.index(3))
try:
    t.index(9)
except ValueError as e:
    print('ValueError', e)
try:
    t[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    t + [1]
except TypeError as e:
    print('TypeError', e)
try:
    t[5]
except IndexError as e:
    print('IndexError', e)
try:
    t['x']
except TypeError as e:
    print('TypeError', e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2), (1, 2) != (1, 2), (1,) <= (1,))
print(3 in t, 5 in t, list(reversed(t)), [x for x in t])
a, b, *c = (1, 2, 3, 4); print(a, b, c)
print(tuple(x * 2 for x in range(3)), repr(('a',)), str((1, 'b', [2])))
d = {(1, 2): 'a', (3,): 'b'}; print(d[(1, 2)], d[3,])
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
print(t is tuple(t), t[:] is t)
class T(tuple):
    pass
x = T([1, 2]); print(x, type(x).__name__, x + (3,), len(x))
print(sorted({(2, 1), (1, 2), (1, 1)}))
print(max((1, 9, 3)), sum((1, 2)), (1, 2, 3)[True])
