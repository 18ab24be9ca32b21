class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __lt__(self, o):
        return abs(self) < abs(o)
v = Vec(3, 4)
print(v, v + Vec(1, 1), v * 2, 2 * v, -v, abs(v), bool(Vec(0, 0)), list(v))
print(v == Vec(3, 4), v != Vec(3, 4), len({v, Vec(3, 4)}), sorted([Vec(5, 5), Vec(1, 0)]))
print(max(Vec(1, 1), Vec(0, 3)), Vec(1, 2) > Vec(0, 1))
try:
    v + 1
except AttributeError as e:
    print('AttributeError', e)
try:
    v - v
except TypeError as e:
    print('TypeError', e)
