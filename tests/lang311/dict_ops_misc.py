d = {'b': 1, 'a': 2}
d |= {'c': 3}
print(d, d | {'a': 0}, list(d.keys()), list(d.values()), d.get('z', 9), d.setdefault('e', 5))
print(d.pop('b'), d.pop('zz', None), d.popitem(), sorted(d), dict.fromkeys('xy', 1))
print({1: 'a'} == {1.0: 'a'}, dict(zip('ab', [1, 2])), dict([('k', 'v')], extra=1))
k = d.keys()
d['new'] = 1
print(len(k), 'new' in k, k & {'a', 'zz'}, list(reversed(d)))
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e)
try:
    for x in d:
        d['boom'] = 1
except RuntimeError as e:
    print('RuntimeError', e)
try:
    {[]: 1}
except TypeError as e:
    print('TypeError', e)
