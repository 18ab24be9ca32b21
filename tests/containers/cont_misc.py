d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
d = {i: i for i in range(3)}
try:
    for k in d.values():
        d[k + 5] = 1
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError', e)
print(list(enumerate('ab', 10**20)), list(enumerate([], 5)))
try:
    enumerate('a', 1.5)
except TypeError as e:
    print('TypeError', e)
try:
    enumerate()
except TypeError as e:
    print('TypeError', e)
print(list(zip('ab', strict=True)), list(filter(bool, [0, 1, 2])))
try:
    zip('a', foo=1)
except TypeError as e:
    print('TypeError', e)
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as e:
    print('TypeError', e)
class Rev:
    __reversed__ = None
    def __getitem__(self, i): return i
    def __len__(self): return 2
try:
    reversed(Rev())
except TypeError as e:
    print('TypeError', e)
v = {1: 2}.values(); print(repr(v), repr({}.keys()), repr({}.items()))
dd = {}; dd[1] = dd.keys(); print(dd)
print(dict.fromkeys(range(3), []), {}.fromkeys('ab'))
class MyD(dict): pass
print(type(MyD.fromkeys('ab')).__name__, MyD.fromkeys('ab'))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(['bb', 'a', 'ccc'], key=len))
x = [3, 1, 2]
print(x.sort(), x, x.sort(key=lambda v: v, reverse=True), x)
a = [1, 2, 3]
a[1:1] = []
a[len(a):] = [4, 5]
a[:0] = (0,)
print(a, a[10:20], a[-1:-5:-1], a[::-3])
del a[:]
print(a)
b = list(range(10)); del b[::-2]; print(b)
b = list(range(10)); b[::-3] = 'abcd'; print(b)
b = list(range(5)); b[3:1:-1] = ['x', 'y']; print(b)
print([1, 2] == (1, 2), (1, 2) == (1, 2), [] < [0], () < (0,))
try:
    [1] < (1,)
except TypeError as e:
    print('TypeError', e)
try:
    {1} < [1]
except TypeError as e:
    print('TypeError', e)
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print('TypeError', e)
print(tuple.index((1, 2, 3), 3), list.count([1, 1], 1), dict.get({'a': 1}, 'a'), set.union({1}, [2]))
print([].__class__, ().__class__, {}.__class__, set().__class__, range(0).__class__)
print(isinstance([], list), issubclass(list, object), list.__name__, dict.__name__, frozenset.__name__)
print(len(range(0, 10, 3)), len([1, 2]), len((1,)), len({}), len(set()), len({1: 1}.keys()))
print(sum([[1], [2]], []), [[1, 2], [3]][1][0], {'a': {'b': 1}}['a']['b'])
print(list(map(lambda *a: a, 'ab', 'cd', 'ef')))
print({1: 'x'}.get(1.0), {(1, 2): 'y'}.get((1.0, 2.0)), 1.0 in {1}, 2 in frozenset([2.0]))
print(max({3: 'a', 7: 'b'}), min([(2, 'b'), (1, 'z')]), sorted({5, 3, 9}))
print([i for i in range(3) for j in range(i)], {k: v for k, v in zip('ab', 'cd')}, {c for c in 'aab'} == {'a', 'b'})
l = [0] * 3
l[-1] = 5; l[0] += 1; print(l)
t = ([],); t[0].append(1); print(t)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError', e, t)
print(list(range(5))[-2:], list(range(5))[:-2], 'x'.join(['a', 'b']), list(dict(a=1).items()))
print(repr(range(3)), str(range(1, 2)), repr(slice(None)), reversed([1]).__class__.__name__)
print([*{1: 2}], [*{1: 2}.items()], dict([[1, 2], 'ab']))
