from collections import defaultdict
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(sorted(d.items()), d.default_factory is list)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()))
print('z' in c, c['z'], 'z' in c)
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
print(n.get('y'), len(n))
s = defaultdict(lambda: 'dflt')
print(s['q'], dict(s))
print(isinstance(d, dict), type(d).__name__)
t = defaultdict(set)
t[1].add(5)
print(dict(t))
