class A:
    def f(self):
        return 'A.f'
class B(A):
    def f(self):
        return 'B.f+' + super(B, self).f()
class C(B):
    def f(self):
        return 'C.f+' + super(B, self).f()
print(B().f(), C().f())
class Base:
    @classmethod
    def make(cls):
        return cls.__name__
class Derived(Base):
    @classmethod
    def make(cls):
        return 'D:' + super().make()
print(Derived.make())
