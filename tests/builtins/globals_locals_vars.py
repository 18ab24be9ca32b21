gv = 'global value'
g = globals()
print(g['gv'], '__name__' in g, g['__name__'])
g['injected'] = 42
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class C:
    def __init__(self):
        self.x = 1
        self.y = 2
print(vars(C()), 'x' not in vars(C))
try:
    vars(5)
except TypeError as e:
    print(e)
