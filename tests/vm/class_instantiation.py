class A:
    def __init__(self, x, y=2, *a, **k):
        self.x = x; self.y = y; self.a = a; self.k = k
a = A(1, y=3)
print(a.x, a.y, a.a, a.k, type(a).__name__)
print(vars(A(1, 2, 3, z=4)))
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
class Raise:
    def __init__(self):
        raise ValueError("in init")
try:
    Raise()
except ValueError as e:
    print("caught", e)
class Missing:
    def __init__(self, a):
        pass
try:
    Missing()
except TypeError as e:
    print(e)
class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
print(WithNew(5).v)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
l = L([1, 2])
print(l, l.extra)
class M(type):
    def __call__(cls, *a):
        print("meta call")
        return super().__call__(*a)
class UsesM(metaclass=M):
    def __init__(self, q):
        self.q = q
print(UsesM(7).q)
class Sub(A):
    pass
s = Sub(9)
print(s.x, isinstance(s, A))
class NoInit:
    pass
print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print(e)
import sys
class Rec:
    def __init__(self, n):
        self.child = Rec(n + 1) if n < 50 else None
r = Rec(0)
d = 0
while r:
    d += 1
    r = r.child
print(d)
class Node:
    __slots__ = ()
class GenInit:
    def __init__(self):
        yield 1
try:
    GenInit()
except TypeError as e:
    print(e)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = [Point(i, -i) for i in range(3)]
print(pts, Point(*(1, 2)), Point(**{"x": 5, "y": 6}))
class Recursive:
    def __init__(self, n):
        Recursive(n + 1)
try:
    Recursive(0)
except RecursionError as e:
    print("rec", e)
class Attr:
    cls_attr = 10
    def __init__(self):
        self.inst = 1
at = Attr()
print(at.cls_attr, at.inst)
at.cls_attr = 20
print(at.cls_attr, Attr.cls_attr)
Attr.cls_attr = 30
print(Attr().cls_attr)
class P:
    @property
    def v(self):
        return 42
p = P()
print(p.v)
try:
    p.v = 1
except AttributeError as e:
    print(e)
