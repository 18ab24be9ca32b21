class A:
    def f(self):
        return "A.f"
    def g(self):
        return "A.g"
class B(A):
    def f(self):
        return [super().f() for _ in range(1)]
    def g(self):
        def inner():
            return super().g()
        try:
            return inner()
        except RuntimeError as e:
            return str(e)
    def h(self):
        yield super().f()
    @staticmethod
    def s():
        try:
            return super().f()
        except RuntimeError as e:
            return str(e)
try:
    print(B().f())
except Exception as e:
    print(type(e).__name__, e)
print(B().g(), list(B().h()), B.s())
class C(B):
    def f(self):
        self = 5
        try:
            return super().f()
        except TypeError as e:
            return str(e)
print(C().f())
