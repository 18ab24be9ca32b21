class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print('setattr', name, value)
        super().__setattr__(name, value * 10 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
o = Logged()
o.b = 2
o.c = 'text'
print(o.a, o.b, o.c)
del o.b
print(hasattr(o, 'b'))
setattr(o, 'd', 3)
print(o.d)
class Frozen:
    def __setattr__(self, n, v):
        raise AttributeError(f'cannot set {n}')
try:
    Frozen().q = 1
except AttributeError as e:
    print(e)
