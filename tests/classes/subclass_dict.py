class DefaultZero(dict):
    def __missing__(self, key):
        return 0
d = DefaultZero(a=1)
print(d['a'], d['b'], d, len(d))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in 'abracadabra':
    c.add(ch)
print(sorted(c.items()), isinstance(c, dict))
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
a = Attr(x=1)
print(a.x, a.get('y'), list(a.keys()))
