a = [1]
b = [1]
print(a == b, a is b)
c = a
print(c is a)
print(None is None, True is True, () == ())
class Eq:
    def __eq__(self, o):
        return True
e = Eq()
print(e == 1, e is e, e != 1, 1 == e)
