class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @classmethod
    def make(cls):
        return cls(10)
    @staticmethod
    def st(a):
        return a * 2
    @property
    def prop(self):
        return self.v + 100
    def __repr__(self):
        return f"A({self.v})"
class B(A):
    def get(self):
        return super().get() * 2
    def __eq__(self, o):
        return True
a = A(1); b = B(2)
print(a.get(), b.get(), A.make(), B.make(), a.st(3), a.prop, b, A.x, b.x)
print(B.__mro__, B.__name__, B.__qualname__)
class C:
    class D:
        def m(self): pass
print(C.D.m.__qualname__, C.D.__qualname__)
def f():
    class L:
        def m(self):
            return __class__
    return L
print(f()().m(), f().__qualname__)
print(a.get.__self__ is a, A.get.__name__)
class Cnt:
    n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Cnt()))
for v in Cnt():
    print("v", v)
class Meta(type):
    def __new__(m, name, bases, ns):
        ns["added"] = 42
        return super().__new__(m, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.added)
def deco(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        return fn(*args, **kw)
    return wrapper
@deco
def add(a, b=2):
    return a + b
print(add(1, b=3))
class Slots:
    def __init__(self):
        self.a = 1
s = Slots()
s.b = 2
print(s.__dict__)
print(add.__name__, add.__qualname__)
print(type(add).__name__)
class K:
    def __call__(self, x):
        return x + 1
print(K()(1))
class Ctx:
    y = 5
    z = [y for _ in range(2)] if False else 0
    def m(self):
        return y if False else 1
print(Ctx.z)
x = 10
class Scope:
    x = x + 1
print(Scope.x)
