class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['added'] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.made_by_meta = True
        return inst
    def hello(cls):
        return "hello " + cls.__name__

class Base(metaclass=Meta, flag=1):
    def __init__(self, v=0):
        self.v = v

class Sub(Base):
    pass

print(type(Base).__name__, Base.added, Sub.added, Base.kw, Sub.kw)
s = Sub(5)
print(s.v, s.made_by_meta, Sub.hello(), isinstance(Sub, Meta))

class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.pname = name
        Plugin.registry.append(cls.__name__)

class P1(Plugin, name="one"): pass
class P2(Plugin): pass
print(Plugin.registry, P1.pname, P2.pname)

class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0) * 2
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class H:
    d = Desc()
h = H()
h.d = 21
print(h.d, H.d.name)

X = type('X', (object,), {'a': 1, 'f': lambda self: self.a + 1})
print(X().f(), X.__name__, X)

class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)

class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, x):
        self.x = x
s1 = Single(1); s2 = Single(2)
print(s1 is s2, s1.x)

class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def double(self):
        return self * 2
m = MyInt(5)
print(m, m + 1, m.double(), isinstance(m, int), type(m).__name__, m == 10, hash(m) == hash(10))

class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, len(ml), ml.sum(), ml[0], ml[1:3], isinstance(ml, list), 3 in ml)
for i in ml:
    print(i, end=' ')
print()

class MyDict(dict):
    def __missing__(self, k):
        return k * 2
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
md = MyDict(a=1)
md['b'] = 2
print(md['a'], md['b'], sorted(md.items()), len(md))

class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("x") + "y", len(MyStr("abc")))

class GA:
    def __getattr__(self, name):
        return "got_" + name
print(GA().foo)

class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
sa = SA(); sa.x = 4; print(sa.x)

class Cnt:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Cnt()))

class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq())

class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return True
with Ctx() as c:
    raise ValueError("x")
print("after")

class Callable:
    def __call__(self, x): return x + 1
print(Callable()(1), callable(Callable()), callable(1))
print(isinstance(1, (str, int)), isinstance('a', (int, (float, str))), issubclass(bool, int))
class WithSlots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
print(WithSlots().a)
print(list[int], dict[str, int], int | None)
