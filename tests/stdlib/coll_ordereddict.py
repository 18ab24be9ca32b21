from collections import OrderedDict
d = OrderedDict()
d['b'] = 1
d['a'] = 2
d['c'] = 3
print(d, list(d), list(d.items()))
d.move_to_end('b')
print(list(d))
d.move_to_end('c', last=False)
print(list(d))
print(d.popitem(), d.popitem(last=False), d)
e = OrderedDict([('x', 1), ('y', 2)])
f = OrderedDict([('y', 2), ('x', 1)])
print(e == f, dict(e) == dict(f), e == {'y': 2, 'x': 1})
try:
    e.move_to_end('zz')
except KeyError as ex:
    print('KeyError', ex)
try:
    OrderedDict().popitem()
except KeyError as ex:
    print('KeyError', ex)
print(OrderedDict.fromkeys('abc', 0))
g = e.copy()
g['z'] = 3
print(e, g, list(reversed(g)))
