d = {1: 'int', 'a': 'str', (1, 2): 'tuple', None: 'none', 2.5: 'float', b'b': 'bytes', frozenset([1]): 'fs'}
for k in d:
    print(repr(k), d[k])
print(d[1.0], d[True], d[(1, 2)], d[frozenset({1})])
d[-1] = 'neg'
print(d[-1], len(d))
big = {}
for i in range(1000):
    big[i * 7] = i
print(len(big), big[693], big.get(694), sum(big.values()))
for i in range(0, 7000, 14):
    del big[i]
print(len(big), big[7], list(big)[:5])
