class Dyn:
    real = 'real attr'
    def __getattr__(self, name):
        print('getattr', name)
        if name.startswith('x'):
            return name * 2
        raise AttributeError(name)
d = Dyn()
print(d.real)
print(d.xy)
d.xz = 'set'
print(d.xz)
try:
    d.other
except AttributeError as e:
    print('AttributeError', e)
print(getattr(d, 'nope', 'default'), hasattr(d, 'nope'), hasattr(d, 'xq'))
