class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(type(p).__name__, Point.__name__, Point.__doc__)
print(isinstance(p, Point), isinstance(3, Point))
p.z = 5
print(p.z, sorted(vars(p)))
print(Point.norm2(p))
