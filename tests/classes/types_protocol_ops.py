class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __repr__(self):
        return "A(%r)" % (self.v,)

a = A(3)
print(a.get(), a.v, a.x, A.x)
print(a, repr(a), str(a))
print(type(a).__name__, type(a) is A, isinstance(a, A), isinstance(a, object))
a.x = 5
print(a.x, A.x)
del a.x
print(a.x)

class B(A):
    def get(self):
        return super().get() * 10
    def __str__(self):
        return "B!"

b = B(4)
print(b.get(), b, repr(b), isinstance(b, A), issubclass(B, A), issubclass(A, B))
print(B.__mro__)
print(B.__bases__, A.__bases__, B.__name__, B.__qualname__, B.__module__)

class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a, b):
        return a + b
    @classmethod
    def c(cls, n):
        return cls.__name__ * n

p = P()
p.x = 5
print(p.x, P.s(1, 2), p.s(3, 4), P.c(2), p.c(1))
try:
    class Q:
        @property
        def y(self): return 1
    Q().y = 3
except AttributeError as e:
    print("AttributeError:", e)

class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __hash__(self):
        return hash((self.x, self.y))

v = V(1, 2) + V(3, 4)
print(v, v - V(1, 1), v * 2, 3 * v, -v, abs(V(3, 4)), bool(V(0, 0)), len(v), v[1], list(v))
print(V(1, 2) == V(1, 2), V(1, 2) != V(1, 2), V(1, 2) < V(2, 0), V(1,2) > V(0, 0))
print(sorted([V(3, 1), V(1, 2), V(2, 2)]))
print({V(1, 2): 'a'}[V(1, 2)])
x = V(1, 1)
x += V(1, 1)
print(x)
try:
    V(1, 2) + 1
except AttributeError as e:
    print("AE", e)
try:
    1 + V(1, 2)
except TypeError as e:
    print("TE", e)
try:
    V(1, 2) <= V(1, 2)
except TypeError as e:
    print("TE", e)
