class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'N{self.v}'
    def __radd__(self, o):
        return N(o + self.v)
    def __rsub__(self, o):
        return N(o - self.v)
    def __rtruediv__(self, o):
        return N(o / self.v)
    def __rfloordiv__(self, o):
        return N(o // self.v)
    def __rmod__(self, o):
        return N(o % self.v)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __rand__(self, o):
        return N(o & self.v)
    def __ror__(self, o):
        return N(o | self.v)
    def __rxor__(self, o):
        return N(o ^ self.v)
    def __rlshift__(self, o):
        return N(o << self.v)
    def __rrshift__(self, o):
        return N(o >> self.v)
n = N(3)
print(10 + n, 10 - n, 12 / n, 10 // n, 10 % n, 2 ** n)
print(6 & n, 4 | n, 5 ^ n, 1 << n, 64 >> n)
print(sum([N(1)], 5))
