print(hash(1) == hash(1), hash(42), hash(-7), hash(True), hash(0.0), hash(2.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, 'a')) == hash((1, 'a')), hash(()) == hash(()))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None))
try:
    hash({})
except TypeError as e:
    print(e)
x = object()
print(hash(x) == hash(x), id(x) == id(x))
