print(bool(), bool(0), bool(1), bool('x'), bool([]), bool(None), bool(0.0), bool(-1))
print(callable(len), callable(lambda: 0), callable(5), callable(int), callable('s'), callable(print))
class C:
    def __call__(self):
        pass
class D:
    pass
print(callable(C()), callable(D()), callable(C), callable(C().__call__))
print(bool.__name__, bool(bool), True.__class__.__name__)
