class Ver:
    def __init__(self, *p):
        self.p = p
    def __lt__(self, o):
        return self.p < o.p
    def __le__(self, o):
        return self.p <= o.p
    def __gt__(self, o):
        return self.p > o.p
    def __ge__(self, o):
        return self.p >= o.p
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.p))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(max(Ver(3), Ver(10), Ver(2)))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(5) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
