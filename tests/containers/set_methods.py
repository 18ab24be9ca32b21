s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s))
s.discard(10); s.discard(4)
print(sorted(s))
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}), {1} < a, a <= a, a > {1, 2})
c = a.copy(); c.update([10], (11,)); print(sorted(c))
c.intersection_update({1, 10, 99}); print(sorted(c))
c.difference_update({1}); print(sorted(c))
c.symmetric_difference_update({10, 20}); print(sorted(c))
c.clear(); print(c, set(), len(c))
x = {5}
print(x.pop(), x)
