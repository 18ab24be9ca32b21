print(sorted([3, 1, 2], key=None), sorted('bca', key=None, reverse=False))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=lambda t: t[1]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
try:
    sorted([{}, {}])
except TypeError as e:
    print(e)
data = [{'n': 'x', 'v': 3}, {'n': 'y', 'v': 1}]
print([d['n'] for d in sorted(data, key=lambda d: d['v'])])
