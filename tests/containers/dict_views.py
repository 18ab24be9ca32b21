d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['d'] = 4
print(len(k), list(v), ('d', 4) in i, 'a' in k, 3 in v)
print(k & {'a', 'x'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(k == {'a', 'b', 'c', 'd'}, sorted(i)[0], list(reversed(k)))
for key, val in d.items():
    print(key, val)
try:
    for key in d:
        d['new'] = 0
except RuntimeError as e:
    print(e)
