class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print('hello', 42, file=c)
print('a', 'b', sep='+', end='.', file=c)
print(c.parts)
print(''.join(c.parts))
