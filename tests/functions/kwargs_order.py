def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
def g(a, **kw):
    return a, kw
print(g(1, b=2), g(a=1, b=2), g(b=2, a=1))
d = {'x': 1}
print(f(**d, y=2))
try:
    f(**{'x': 1}, x=2)
except TypeError as e:
    print(e)
