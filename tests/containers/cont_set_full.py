s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, set(), set([4, 4, 5]), set('abca') == {'a', 'b', 'c'})
s.add(10); s.add(1); print(s)
s.remove(10); s.discard(99); print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
a = {1, 2, 3, 4}; b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference(b))
print(a <= b, a < a | b, a | b >= b, a > a, a == {4, 3, 2, 1}, a != b)
print(a.issubset([1, 2, 3, 4, 5]), a.issuperset([1]), a.isdisjoint({9}), a.isdisjoint([1]))
c = set(a); c |= b; print(c); c &= {1, 2, 5, 100}; print(c); c -= {1}; print(c); c ^= {2, 7}; print(c)
c.update([8, 9], (10,)); print(c)
c.intersection_update(range(9)); print(c)
c.difference_update([5]); print(c)
c.symmetric_difference_update({7, 8, 0}); print(c)
p = {5, 6}; print(p.pop(), p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print('KeyError', e)
f = frozenset([1, 2, 3]); print(f, frozenset(), hash(f) == hash(frozenset({3, 2, 1})), hash(frozenset()), hash(f))
print(f | {4}, {4} | f, f & {1}, type(f | {4}).__name__, type({4} | f).__name__)
print({frozenset({1})}, frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
try:
    {1} | [2]
except TypeError as e:
    print('TypeError', e)
try:
    s = {1}; s |= [2]
except TypeError as e:
    print('TypeError', e)
print({i * 7 % 11 for i in range(11)}, set(range(20)))
print({'x'} == {'x'}, set() == frozenset(), {1, 2} == frozenset({1, 2}))
print(sorted({'banana', 'apple', 'cherry'}), len(set(range(100)) - set(range(50))))
x = set(range(10)); x2 = x.copy(); x2.add(100); print(x, x2, x2.copy())
for v in [-1, -2, 2**61, 2**63, 10**20]:
    print(v in {v}, {v, 1})
try:
    for i in x:
        x.add(i + 100)
except RuntimeError as e:
    print('RuntimeError', e)
class S(set):
    pass
ss = S([1, 2]); print(type(ss | {3}).__name__, len(ss))
print(frozenset({frozenset({1, 2})}), repr(set()), str({1}))
print(set([1, 2, 3]).pop(), {1, 2}.copy(), hash(frozenset(range(5))))
y = {1, 2, 3}
y.clear(); print(y, len(y)); y.add(5); print(y)
print(sorted(set({'a': 1, 'b': 2})), set({'a': 1}.keys()), {(1, 2), (3, 4)})
print(sorted({0.5, 1.5, 2.0}), {True, 1, 1.0}, {None})
z = set(range(100))
for i in range(90):
    z.discard(i)
print(z, list(z)[:3])
