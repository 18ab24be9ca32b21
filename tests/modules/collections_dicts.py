from collections import OrderedDict, defaultdict, Counter

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(a=1))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o2) == o1, o1 != o2, o1 == o1.copy(), type(o1.copy()).__name__)
print(list(reversed(o1)), isinstance(o1, dict), len(o1), 'a' in o1, o1.get('z', 0))
print(o1 | {'c': 3}, type(o1 | {'c': 3}).__name__)
o1 |= {'d': 4}
print(o1, o1.pop('a'), o1.setdefault('e', 5), o1)
print(OrderedDict.fromkeys('xy', 0))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict().move_to_end('q'))

dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dd, dd['a'], len(dd), 'c' in dd, dict(dd))
cnt = defaultdict(int)
for ch in 'mississippi':
    cnt[ch] += 1
print(sorted(cnt.items()), cnt.default_factory)
dn = defaultdict()
t(lambda: dn['x'])
print(dn, defaultdict(None, {'a': 1}), defaultdict(int, a=1), dict(defaultdict(int, [('k', 2)])))
c2 = cnt.copy()
c2['z'] += 5
print(type(c2).__name__, c2['z'], 'z' in cnt, cnt.get('q'), 'q' in cnt)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(nested['x']['y'], len(nested))
t(lambda: defaultdict(5))
print(isinstance(dd, dict), dd | {'z': [0]})

c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()))
c.update('aab')
print(c)
c.subtract({'a': 10})
print(c, +c, -c)
c3 = Counter(a=3, b=1)
c4 = Counter(a=1, b=2)
print(c3 + c4, c3 - c4, c3 | c4, c3 & c4)
print(Counter(), Counter({'x': 2}), Counter(['a', 'b', 'a']) == Counter({'a': 2, 'b': 1}))
del c3['a']
del c3['nope']
print(c3, Counter('aab') == Counter('aba'), Counter(a=0) == Counter())
t(lambda: Counter.fromkeys('ab'))
c5 = Counter(a=2)
c5 += Counter(a=-5, b=1)
print(c5)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
