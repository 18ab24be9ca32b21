t = tuple(range(5))
print(t[1:4], t[::-1], t[-2], len(t), t.count(2), t.index(4))
a, *b = t
print(a, b, type(b).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(x for x, _ in [(1, 'a'), (2, 'b')]))
print(tuple(sorted((3, 1, 2))), tuple(reversed(t)), tuple(x * 2 for x in t))
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), (1, 2) + (3,), (1,) * 3, () == tuple())
single = (42,)
not_tuple = (42)
print(type(single).__name__, type(not_tuple).__name__)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
