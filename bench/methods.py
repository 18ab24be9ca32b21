# Method calls and attribute access on objects.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, k):
        self.n += k
        return self

    def get(self):
        return self.n


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def run(n):
    c = Counter()
    v = Vector(0, 0)
    d = Vector(1, 2)
    for i in range(n):
        c.inc(1).inc(2)
        v = v.add(d)
        if v.dot(d) % 1000 == 0:
            c.inc(-1)
    return c.get() + v.x + v.y


print(run(1500000))
