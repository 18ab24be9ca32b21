class M:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, v):
        return cls.factor * v
    @classmethod
    def create(cls):
        return cls()
class N(M):
    factor = 10
print(M.add(1, 2), M().add(3, 4))
print(M.scaled(2), N.scaled(2), N().scaled(1))
print(type(N.create()).__name__)
f = M.add
print(f(5, 5))
