class A:
    cls_attr = 1
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
def outer():
    def local():
        pass
    return local
a = A()
print(a.__class__.__name__, a.__class__ is A, type(a) is A, A.__class__.__name__)
print(A.__name__, A.__qualname__, A.Inner.__qualname__, A.Inner.deep.__qualname__)
print(A.method.__qualname__, outer().__qualname__, outer.__qualname__, A.method.__name__)
print(a.__dict__)
a.x = 5
a.__dict__['y'] = 6
print(sorted(a.__dict__.items()), a.y)
print('cls_attr' in A.__dict__, 'method' in A.__dict__, A.__dict__['cls_attr'])
print(A.__module__, A.__bases__, A.__mro__[-1].__name__)
print((lambda: 0).__qualname__, len.__name__, int.__name__, int.__qualname__)
class B(A):
    pass
b = B()
b.__class__ = A
print(type(b).__name__)
def f():
    """doc"""
print(f.__doc__, A.__doc__, f.__name__, f.__module__)
