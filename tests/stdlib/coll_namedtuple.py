from collections import namedtuple
P = namedtuple('Point', ['x', 'y'])
p = P(1, y=2)
print(p, p.x, p[1], p._fields, len(p), tuple(p))
print(p._replace(x=10), p._asdict(), P._make([3, 4]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), type(p).__name__)
Q = namedtuple('Q', 'a b c', defaults=[0, 9])
print(Q(1), Q(1, 2), Q._field_defaults)
R = namedtuple('R', 'a, def, a', rename=True)
print(R._fields)
try:
    P(1)
except TypeError as e:
    print('TypeError', e)
try:
    P(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    namedtuple('Bad', ['1x'])
except ValueError as e:
    print('ValueError', e)
class V(namedtuple('V', 'a b')):
    def total(self):
        return self.a + self.b
print(V(2, 3).total(), V(2, 3))
print(sorted([P(2, 1), P(1, 5), P(1, 2)]))
