def make():
    x = 0
    def get():
        return x
    def inc():
        nonlocal x
        x += 1
    return get, inc
g, i = make()
i(); i(); i()
print(g())
def loop_cells():
    out = []
    for n in range(3):
        def f():
            return n
        out.append(f)
    return [fn() for fn in out]
print(loop_cells())
def factory():
    fns = {}
    for name in ['a', 'b']:
        fns[name] = (lambda nm: lambda: nm.upper())(name)
    return fns
fs = factory()
print(fs['a'](), fs['b']())
