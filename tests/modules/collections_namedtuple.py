from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, Point._fields, p._asdict(), Point(x=3, y=4), Point(5, y=6))
print(p._replace(x=10), Point._make([7, 8]), p + (3,), p * 2, p[::-1], hash(p) == hash((1, 2)))
print(Point.__name__, Point.__doc__, type(p).__name__, p.count(1), p.index(2))
P3 = namedtuple('P3', 'a b c')
P4 = namedtuple('P4', 'a, b,c')
print(P3(1, 2, 3), P4(4, 5, 6), P3._fields, P4._fields)
D = namedtuple('D', 'a b c', defaults=[2, 3])
print(D(1), D(1, 5), D._field_defaults)
R = namedtuple('R', ['ok', 'def', '_x', 'ok'], rename=True)
print(R._fields, R(1, 2, 3, 4))
One = namedtuple('One', 'v')
print(One(5), One._make([9]))
E = namedtuple('E', '')
print(E(), E._fields, len(E()))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): 'a'}[(1, 2)])

class Sub(namedtuple('Base', 'a b')):
    def total(self):
        return self.a + self.b

s = Sub(3, 4)
print(s.total(), s, s._replace(a=10))
M = namedtuple('M', 'x', module='mymod')
print(M.__module__, Point.__module__)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: Point._make([1, 2, 3]))
t(lambda: p._replace(z=1))
t(lambda: namedtuple('Bad', ['1x']))
t(lambda: namedtuple('Bad', ['class']))
t(lambda: namedtuple('Bad', ['_x']))
t(lambda: namedtuple('Bad', ['a', 'a']))
t(lambda: namedtuple('1Bad', ['a']))
t(lambda: namedtuple('D', 'a', defaults=[1, 2]))
t(lambda: p.z)
