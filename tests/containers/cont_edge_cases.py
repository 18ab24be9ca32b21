# sort edge cases
a = [5, 3, 1]
def bad(x):
    if x == 1:
        raise ValueError('boom')
    return x
try:
    a.sort(key=bad)
except ValueError as e:
    print('ValueError', e, sorted(a))
b = [3, 1, 2]
def mut(x):
    b.append(x)
    return x
try:
    b.sort(key=mut)
except ValueError as e:
    print('ValueError', e)
print(len(b))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 7: raise RuntimeError('cmp')
        return self.v < o.v
    def __repr__(self): return 'C%d' % self.v
xs = [Cmp(i) for i in [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] * 10]
try:
    xs.sort()
except RuntimeError as e:
    print('RuntimeError', e, len(xs), sorted(c.v for c in xs) == sorted([9, 3, 7, 1, 8, 2, 6, 4, 5, 0] * 10))
n = list(range(2000)); n.reverse(); n.sort(); print(n[:3], n[-3:], n == list(range(2000)))
m = [i % 7 for i in range(3000)]; m.sort(); print(m[::400])
runs = list(range(100)) + list(range(50)) + list(range(100, 0, -1)); print(sorted(runs)[::25])
print(sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0], reverse=True))
print(sorted(['b', 'a'], reverse=True), sorted([], reverse=True), sorted([1]))
print(sorted([3, 1, 2], key=None), sorted((3, 1, 2)), sorted('cba'), sorted({3: 1, 1: 2}))
try:
    sorted([1, 2], 1)
except TypeError as e:
    print('TypeError', e)
try:
    [].sort(1)
except TypeError as e:
    print('TypeError', e)
# deep nesting repr
d = []
for i in range(50):
    d = [d]
print(repr(d)[:20], str(d).count('['))
# big containers
big = list(range(20000)); print(sum(big), big[-1], len(big[::3]))
dd = {i: i for i in range(10000)}; print(len(dd), dd[9999])
for i in range(10000): del dd[i]
print(len(dd), dd)
st = set(range(10000)); st -= set(range(0, 10000, 2)); print(len(st), min(st), max(st))
# dict with mutation during lookup
class K:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, K) and self.h == o.h
    def __repr__(self): return 'K(%d)' % self.h
kd = {K(1): 'a', K(2): 'b'}; print(kd[K(1)], K(3) in kd, kd)
# hash collisions
col = {}
for i in range(100):
    col[K(i % 3)] = i
print(col)
cs = set(K(i % 5) for i in range(50)); print(len(cs))
print({-1: 'a', -2: 'b'}[-1], {2**64: 1}[2**64], {1.0: 'x'}[1], {(1, 2): 3}[(1, 2)])
# list ops with self
l = [1, 2]; l.extend(l); print(l); l += l; print(l); l[1:3] = l; print(l)
l = [1, 2, 3]; l[::2] = l[::2]; print(l)
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -10, 1))
try:
    [1, 2, 3].index(1, 1)
except ValueError as e:
    print('ValueError', e)
print([0] * 0, [[]] * 3, (0,) * 3, [1, 2] * 2**0)
x = [[]] * 3; x[0].append(1); print(x)
print(list(zip(range(3), 'abc', [True] * 3)))
print(dict(a=1) == {'a': 1}, {} == {}, {1: 2} == {1: 3}, {1: [1]} == {1: [1]})
e = {}; e[1] = 1; del e[1]; e[2] = 2; print(e, list(e.items()))
print({1, 2} == {1, 2}, {1, 2} <= {1, 2, 3}, frozenset() < {1}, set() >= set())
print(tuple(range(5))[::-2], [1, 2, 3, 4][-2:], 'abcdef'[::2])
import sys
print(list(map(len, ['a', 'bb'])), [*range(3)], (*range(2),), {*range(3)}, {**{1: 2}})
print(enumerate.__name__, zip.__name__, reversed.__name__, list.__name__, type(range(1)).__name__)
print(str(list(reversed(range(10, 0, -2)))))
