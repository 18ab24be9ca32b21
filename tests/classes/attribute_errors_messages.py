class Foo:
    def __init__(self):
        self.a = 1
f = Foo()
try:
    f.b
except AttributeError as e:
    print(e)
try:
    Foo.b
except AttributeError as e:
    print(e)
try:
    del f.zz
except AttributeError as e:
    print(e)
class WithSlots:
    __slots__ = ('x',)
w = WithSlots()
try:
    w.x
except AttributeError as e:
    print(e)
