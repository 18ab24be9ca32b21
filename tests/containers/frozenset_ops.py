f = frozenset([1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
g = f | {4}
print(type(g).__name__, sorted(g), sorted(f & {2, 9}), sorted(f - {1}))
print(type({1} | f).__name__, hash(f) == hash(frozenset([3, 2, 1])))
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
print(frozenset(), repr(frozenset()), frozenset() == set(), f.issubset({1, 2, 3, 4}))
try:
    f.add(4)
except AttributeError as e:
    print(e)
s = {frozenset([1]), frozenset([1])}
print(len(s))
