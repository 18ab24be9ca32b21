class MyInt(int):
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, type(m.double()).__name__)
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n.shout(), n.title(), len(n), n == 'bob')
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
print(Pair((1, 2)).swap(), Pair([5, 6])[0])
