import json

print(json.dumps([1, 2.5, 'a', None, True, False, {'k': [1, {}]}, [], 1e16, 1e-7, -0.0, 10 ** 30]))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=2))
print(json.dumps({'a': 1, 'b': [1, 2], 'c': {}}, indent='\t', sort_keys=True))
print(json.dumps([1, [2, []]], indent=0))
print(json.dumps([1, 2], indent=-1))
print(json.dumps({'a': 1, 'b': (2, 3)}, separators=(',', ':')))
print(json.dumps({'a': [1]}, indent=1, separators=(' ,', ' = ')))
print(json.dumps('é\u2603\U0001F600\x00\x1f\x7f"\\\n\t\b\f\r/'))
print(json.dumps('é\u2603\U0001F600\x00\x1f"\\\n', ensure_ascii=False))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))
print(json.dumps({(1, 2): 3, 'a': 4}, skipkeys=True))
print(json.dumps({1, 2}, default=sorted), json.dumps((1, 2)))
print(json.dumps(10 ** 30), json.dumps(True), json.dumps(None), json.dumps('x'), json.dumps(1.0))
print(json.dumps([1, 1], check_circular=False), json.dumps([[]] * 2))

class MyInt(int):
    def __repr__(self):
        return 'X'

class MyF(float):
    def __repr__(self):
        return 'Y'

class MyS(str):
    pass

class MyD(dict):
    pass

class MyL(list):
    pass

print(json.dumps([MyInt(5), MyF(1.5), {MyInt(3): 1}, MyS('s'), MyD(a=1), MyL([1])]))

def t(a, **k):
    try:
        print(json.dumps(a, **k))
    except Exception as e:
        print(type(e).__name__, e)

t(float('nan'), allow_nan=False)
t({'x': float('inf')}, allow_nan=False)
t({(1, 2): 3})
t({1, 2})
t(b'x')
t(object)
t({'b': 1, 2: 3}, sort_keys=True)
l = [1]
l.append(l)
t(l)
d = {}
d['x'] = d
t(d)
t([1, 2], default=lambda o: o)
x = []
for i in range(5000):
    x = [x]
t(x)

class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o)

print(json.dumps({3, 1, 2}, cls=E), E().encode([1]), E(indent=1).encode([1]), E(separators=(';', '=')).encode({'a': [1, 2]}))
print(json.JSONEncoder().encode({'a': None}), ''.join(json.JSONEncoder().iterencode([1])))
print(json.JSONEncoder.__name__, json.JSONEncoder.__module__, json.JSONDecodeError.__module__)

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

w = W()
json.dump({'a': [1, 2]}, w, indent=1)
print(''.join(w.parts))
w = W()
json.dump([1, 'x'], w, separators=(',', ':'), sort_keys=True)
print(''.join(w.parts))
