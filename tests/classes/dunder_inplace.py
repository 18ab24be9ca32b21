class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print('iadd')
        self.items.append(o)
        return self
    def __isub__(self, o):
        print('isub')
        self.items.remove(o)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __ior__(self, o):
        self.items.extend(o)
        return self
a = Acc()
b = a
a += 1
a += 2
a -= 1
a *= 2
a |= [9]
print(a.items, a is b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('fallback add')
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
