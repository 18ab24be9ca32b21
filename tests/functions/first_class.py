def apply(f, *args):
    return f(*args)
def double(x):
    return 2 * x
print(apply(double, 4), apply(max, 3, 9, 2))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print({k: v(3, 4) for k, v in ops.items()})
funcs = [double, str, abs]
print([fn(-3) for fn in funcs])
def compose(*fs):
    def c(x):
        for fn in reversed(fs):
            x = fn(x)
        return x
    return c
print(compose(str, double, abs)(-21))
