a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= a, {3} < b, a.isdisjoint({9}))
a.add(9)
a.discard(1)
a.remove(2)
print(sorted(a), 2 in a, len(a))
try:
    a.remove(100)
except KeyError as e:
    print('KeyError', e)
f = frozenset([1, 2])
print(f, type(f | {3}).__name__, f == {1, 2}, {f: 1}[frozenset([2, 1])])
s = set()
s.update([1, 2], (3,))
s.intersection_update({1, 2, 3, 7})
s.difference_update({1})
print(sorted(s), s.pop() in (2, 3), set(), frozenset())
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
print(sorted({x % 4 for x in range(20)}), sorted(set('hello')))
