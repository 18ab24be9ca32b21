d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d['b'])
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('c'), d.pop('zz', 'dflt'), d)
d.update({'x': 9}); d.update(y=8); d.update([('w', 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d)
d2 = d.copy(); d2['new'] = 1
print(d, d2)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
d.clear()
print(d, len(d))
print(dict(a=1, b=2), dict([('k', 'v')]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])))
