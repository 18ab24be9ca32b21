class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, v):
        self.total += v
        return self.total
acc = Accumulator()
print([acc(i) for i in range(5)], acc.total)
class Compose:
    def __init__(self, *fs):
        self.fs = fs
    def __call__(self, x):
        for f in self.fs:
            x = f(x)
        return x
pipeline = Compose(str.strip, str.upper, lambda s: s + '!')
print(pipeline('  hi  '), list(map(Compose(abs, str), [-1, 2])))
