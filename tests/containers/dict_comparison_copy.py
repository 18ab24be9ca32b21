a = {'x': [1, 2], 'y': 2}
b = dict(a)
c = a.copy()
print(a == b == c, a is b, b['x'] is a['x'])
b['x'].append(3)
print(a['x'], c['x'])
b['z'] = 0
print(a == b, len(a), len(b))
try:
    a < b
except TypeError as e:
    print(e)
print({1: 'a'} == {1.0: 'a'}, {'a': 1} == {'a': 1.0}, {} == dict())
