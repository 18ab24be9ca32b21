def f(x):
    return x + 1
g = f
del f
print(g(1), g.__name__)
funcs = {}
def register(fn):
    funcs[fn.__name__] = fn
    return fn
@register
def alpha():
    return 'A'
@register
def beta():
    return 'B'
print(sorted(funcs), funcs['beta']())
print([fn() for fn in funcs.values()])
def h():
    h.calls = getattr(h, 'calls', 0) + 1
    return h.calls
h(); h()
print(h())
