class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    def method(self):
        return [v + 1 for v in self.vals]
print(C.doubled, C().method())
def outer(factor):
    def inner(seq):
        return [factor * s for s in seq]
    return inner
print(outer(3)([1, 2]))
