class Obj:
    pass
a, b = Obj(), Obj()
d = {a: 1, b: 2}
print(d[a], d[b], len(d))
print(a == b, a == a, a != b)
s = {a, a, b}
print(len(s))
print(hash(a) == hash(a))
