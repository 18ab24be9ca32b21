class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), isinstance(D(), C), issubclass(D, A))
class Base:
    def __init__(self, x):
        self.x = x
class Der(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
d = Der(1, 2)
print(d.x, d.y)
try:
    class Bad(B, A, C): pass
except TypeError as e:
    print('TypeError', str(e)[:40])
class M(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class T(metaclass=M):
    pass
print(T.tag, type(T).__name__)
