data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
class Counter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
c = Counter()
print(list(c), list(c), iter(c) is c)
print(list(iter(range(3))), next(iter('xyz')), next(iter({'k': 1})), next(iter({7})))
