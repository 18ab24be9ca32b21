class Outer:
    class Inner:
        def m(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner, Outer.Inner.__qualname__, Outer().f().__qualname__, Outer.Inner.m.__qualname__)
o = object()
print(repr(o).startswith('<object object at 0x'), str(Outer()).startswith('<__main__.Outer object at 0x'))

class A:
    def who(self): return 'A'
    @classmethod
    def make(cls): return cls()
    def __init__(self): self.log = ['A']
class B(A):
    def who(self): return 'B' + super().who()
    @classmethod
    def make(cls):
        r = super().make()
        r.log.append('B.make')
        return r
    def __init__(self):
        super().__init__()
        self.log.append('B')
class C(A):
    def who(self): return 'C' + super().who()
    def __init__(self):
        super().__init__()
        self.log.append('C')
class D(B, C):
    def who(self): return 'D' + super().who()
    def __init__(self):
        super().__init__()
        self.log.append('D')
d = D()
print(d.who(), d.log, [k.__name__ for k in D.__mro__], D.make().log)
print(super(B, d).who(), super(C, d).who())

class Temp:
    def __init__(self): self._c = 0
    def getc(self): return self._c
    def setc(self, v): self._c = v
    def delc(self): print("deleting"); del self._c
    c = property(getc, setc, delc, "the c")
t = Temp(); t.c = 9; print(t.c, Temp.c.__doc__); del t.c
print(hasattr(t, '_c'))

class Count:
    n = 0
    def __init__(self):
        Count.n += 1
        type(self).n += 0
[Count() for _ in range(5)]
print(Count.n)

class Base:
    def hello(self): return "base"
b = Base()
Base.hello = lambda self: "patched"
print(b.hello())
Base.extra = 5
print(b.extra)
del Base.extra
print(hasattr(b, 'extra'))

class GAT:
    def __init__(self): self.real = 1
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
g = GAT(); print(g.magic, g.real, g.other)

class Slotted:
    __slots__ = ['x']
class E:
    def __eq__(self, o): return True
try:
    hash(E())
except TypeError as e:
    print(e)
class F:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(hash(F()) == hash(F()) or True)

class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'Ord(%d)' % self.v
print(sorted([Ord(3), Ord(1), Ord(2)]), max([Ord(3), Ord(5)]), Ord(1) > Ord(0))

class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
print(bin(Num(5)), hex(Num(255)), [1, 2, 3][Num(1)], list(range(Num(3))))

class Cont:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __len__(self): return len(self.d)
c = Cont(); c['a'] = 1; print(c['a'], 'a' in c, 'b' in c, len(c)); del c['a']; print(len(c), bool(c))

class Rev:
    def __radd__(self, o): return 'radd:' + str(o)
    def __rsub__(self, o): return 'rsub'
print(1 + Rev(), 'x' + Rev(), [1] + Rev(), 5 - Rev())
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
x = IAdd(); x += 1; x += 2; print(x.items)
class MyInt(int):
    def __add__(self, o): return 'custom'
print(MyInt(1) + 1, 1 + MyInt(1), MyInt(3) * 2)
class Sub(int): pass
print(Sub(3) + Sub(4), type(Sub(3) + Sub(4)), repr(Sub(7)), str(Sub(7)), f"{Sub(7)}", Sub(7) == 7)
print(type(True + True), True + 1.5)
print(isinstance(Outer.Inner(), Outer.Inner), type(Outer.Inner()).__name__)
print(Outer.__dict__['f'], type(Outer.__dict__))  if False else print('skip')
class WithDoc:
    "docstring here"
print(WithDoc.__doc__, Base.__doc__)
class KW:
    def __init__(self, a, b=2, *args, c, **kw):
        self.t = (a, b, args, c, kw)
print(KW(1, c=3).t, KW(1, 2, 3, 4, c=5, d=6).t)
