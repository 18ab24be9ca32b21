class S(set):
    def add2(self, x): self.add(x); self.add(x * 2)
s = S([1]); s.add2(5); print(sorted(s), len(s), 5 in s, isinstance(s, set), s | {100} == {1, 5, 10, 100})
class FS(frozenset): pass
print(sorted(FS([3, 1])), hash(FS([1])) == hash(frozenset([1])))
class F(float):
    def half(self): return self / 2
f = F(3.0); print(f, f.half(), f + 1, repr(f), F('2.5'), isinstance(f, float), round(f))
class B(bytes): pass
b = B(b'abc'); print(b, len(b), b[0], b + b'd', b.upper())
class BA(bytearray): pass
ba = BA(b'xy'); ba.append(122); print(ba, len(ba))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return f"Point(x={self.x}, y={self.y})"
p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), list(p), tuple(p), p + (3,), hash(p) == hash((1, 2)))
a, b2 = p
print(a, b2)
class L(list):
    def __init__(self, *args):
        super().__init__(args)
l = L(1, 2, 3); print(l, l[::-1], sorted(l, reverse=True))
l += [4]; print(l, type(l).__name__)
l2 = l + [5]; print(type(l2).__name__)
class D(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True
d = D(a=1, b=2); print(d, d.extra, dict(d), list(d), d.get('a'))
class I(int):
    pass
print(I(5) + 2, I('12'), I(3.9), I('ff', 16), -I(3), abs(I(-3)), I(7) // 2, I(7) % 3, I(2) ** 10, I(5) > 4, [0, 1, 2][I(1)])
class Str(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
x = Str('abc'); print(x, x.lower(), x + 'd', x == 'ABC', {x: 1}['ABC'], len(x), x[0], f'{x}', '%s' % x)
class E(KeyError): pass
try:
    raise E('k')
except KeyError as e:
    print(repr(e), str(e))
