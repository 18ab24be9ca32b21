class Mult:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
m = Mult(3)
print(m(2), m(2, y=5), callable(m), callable(Mult))
print(list(map(m, [1, 2, 3])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
