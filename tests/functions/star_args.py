def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def kw(**kwargs):
    return kwargs
print(kw(), kw(a=1, b=2))
def both(a, *args, b=0, **kwargs):
    return a, args, b, kwargs
print(both(1, 2, 3, b=4, c=5, d=6))
print(type(f()).__name__, type(kw()).__name__)
