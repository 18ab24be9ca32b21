d = {'a': 1, 'b': 2}
d['c'] = 3; print(d, len(d), d['a'], 'a' in d, 'z' in d, d.get('z'), d.get('z', 0), d.get('a', 0))
try:
    d['z']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    d[(1, 2)]
except KeyError as e:
    print('KeyError', e)
del d['b']; print(d)
try:
    del d['b']
except KeyError as e:
    print('KeyError', e)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=0); print(d)
print(d.setdefault('x', 9), d.setdefault('new', 9), d.setdefault('n2'), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({1: 2}, b=3), dict(zip('abc', range(3))))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
try:
    dict([1])
except TypeError as e:
    print('TypeError', e)
try:
    dict(1, 2)
except TypeError as e:
    print('TypeError', e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
e = {1: 'a', 2: 'b'}
print(e | {3: 'c'}, {3: 'c'} | e, e == {2: 'b', 1: 'a'}, e != {1: 'a'})
e |= {4: 'd'}; e |= [(5, 'e')]; print(e)
try:
    e | [(1, 2)]
except TypeError as e2:
    print('TypeError', e2)
print(list(reversed(e)), list(reversed(e.values())), list(reversed(e.items())))
k = {'a': 1, 'b': 2}.keys()
print(k & {'a', 'z'}, sorted(k | {'c'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), {'a', 'x'} & k, {'b'} - k)
print(k == {'a', 'b'}, k < {'a', 'b', 'c'}, k >= {'a'}, k.isdisjoint(['z']), 'a' in k)
it = {'x': 1, 'y': 2}.items(); print(('x', 1) in it, ('x', 2) in it, it & {('x', 1)}, it == {('x', 1), ('y', 2)})
dd = {'a': 1}
try:
    for key in dd:
        dd['b'] = 2
except RuntimeError as e:
    print('RuntimeError', e)
r = {}; r['self'] = r; print(r)
class D(dict):
    def __missing__(self, key):
        return key * 2
dm = D(a=1); print(dm['a'], dm, len(dm), type(dm).__name__, isinstance(dm, dict))
try:
    print(dm['zz'])
except KeyError as e:
    print('MISSING-BROKEN', e)
class C(dict):
    pass
c = C({1: 2}); c[3] = 4; print(c, c.get(1), dict(c), c.keys())
big = {}
for i in range(1000):
    big[i] = i * i
print(len(big), big[999], sum(big.values()), list(big)[:5])
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big.get(2), big.get(3))
for i in range(1000, 1100):
    big[i] = 0
print(len(big), list(big)[-3:])
try:
    hash({})
except TypeError as e:
    print('TypeError', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError', e)
print({1: 'a', 1.0: 'b', True: 'c'})
print({i: str(i) for i in range(5)}, {**{'a': 1}, 'b': 2})
g = {'k': [1]}; h = g.copy(); h['k'].append(2); h['j'] = 0; print(g, h)
g.clear(); print(g, len(g))
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(iter({})).__name__)
print(len({'a': 1}.items()), list(iter({'a': 1}.values())))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items()))
print(str({'a': [1, 2]}), {(1, 2): {3: 4}}, {None: None})
vals = {'a': 1}.values(); print(1 in vals, 2 in vals)
it2 = iter({1: 2, 3: 4}); print(next(it2), next(it2))
try:
    next(it2)
except StopIteration:
    print('StopIteration')
