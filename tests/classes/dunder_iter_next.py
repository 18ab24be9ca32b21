class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(sorted(Bag(3, 1, 2)), sum(Bag(1, 2, 3)), list(zip(Bag(1, 2), 'ab')))
it = iter(Bag(1))
print(iter(it) is it)
