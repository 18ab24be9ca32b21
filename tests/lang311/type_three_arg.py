def init(self, v):
    self.v = v
Base = type('Base', (), {'greet': lambda self: 'hi ' + str(self.v), '__init__': init})
b = Base(3)
print(b.greet(), type(b).__name__, Base.__name__, Base.__bases__)
Child = type('Child', (Base,), {'extra': 42})
c = Child(7)
print(c.greet(), c.extra, isinstance(c, Base), Child.__mro__[1].__name__)
Empty = type('Empty', (), {})
print(Empty.__name__, Empty().__class__.__name__, Empty.__qualname__)
print(type(1), type('x'), type(type), type(None).__name__)
M = type('M', (dict,), {'__missing__': lambda self, k: k * 2})
print(M(a=1)['a'], M()['zz'])
try:
    type('X', 5, {})
except TypeError as e:
    print('TypeError', e)
try:
    type('X', (), {}, 1)
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)
N = type('N', (object,), {'__slots__': ('a',)})
n = N()
n.a = 1
print(n.a, N.__slots__)
try:
    n.b = 2
except AttributeError as e:
    print('AttributeError', e)
