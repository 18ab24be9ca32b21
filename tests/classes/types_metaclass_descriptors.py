class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, ns):
        cls = type.__new__(mcs, name, bases, ns)
        mcs.classes[name] = cls
        return cls
    def __repr__(cls):
        return '<R %s>' % cls.__name__
    def __len__(cls):
        return len(cls.__dict__)
    def __getitem__(cls, k):
        return (cls.__name__, k)
    @property
    def upper(cls):
        return cls.__name__.upper()
class A(metaclass=Registry):
    x = 1
class B(A):
    pass
print(sorted(Registry.classes), repr(A), A, B.upper, A['k'], type(B) is Registry)
class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Gen[int])
class AbstractCheck(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, 'quack')
class Duck(metaclass=AbstractCheck): pass
class Mallard:
    def quack(self): pass
print(isinstance(Mallard(), Duck), isinstance(1, Duck))
class Meta(type):
    def __call__(cls, *a):
        print("creating", cls.__name__, a)
        return super().__call__(*a)
class W(metaclass=Meta):
    def __init__(self, v): self.v = v
print(W(3).v)
class Auto:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get('tag', 'none')
class Au1(Auto, tag='t1'): pass
class Au2(Au1): pass
print(Au1.tag, Au2.tag)
class Field:
    def __init__(self, default): self.default = default
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, v):
        setattr(obj, self.name, v)
class Model:
    a = Field(1)
    b = Field('x')
m = Model(); m.a = 10
print(m.a, m.b, Model.a.name, sorted(k for k in vars(m)))
class cached(property):
    pass
class CP:
    @cached
    def v(self): return 7
print(CP().v)
T = type('T', (A,), {'y': 2})
print(type(T), T.y, T.x, T['z'])
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {'prepared': True}
class OM(metaclass=OrderedMeta):
    pass
print(OM.prepared)
class S:
    def __init__(self): self.__dict__['data'] = 1
    def __setattr__(self, k, v): raise AttributeError("read-only " + k)
    def __delattr__(self, k): print("del", k)
s = S()
try:
    s.x = 1
except AttributeError as e:
    print(e)
del s.data
print(s.data)
