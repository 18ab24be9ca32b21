def f(a, b=1):
    """Doc string here."""
    return a
print(f.__name__, f.__doc__)
f.custom = 42
print(f.custom)
def g():
    pass
print(g.__doc__)
print(callable(f), callable(1))
h = f
print(h.__name__, h(5))
class C:
    def m(self):
        pass
print(C.m.__name__, C().m.__name__)
print(f.__qualname__, C.m.__qualname__)
