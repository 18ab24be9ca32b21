def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def make_acc():
    total = []
    def add(v=None, *, reset=False):
        if reset:
            total.clear()
        elif v is not None:
            total.append(v)
        return sum(total)
    return add
acc = make_acc()
print(acc(1), acc(2), acc(), acc(reset=True), acc(10))
def kw(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{'c': 0, 'z': 1}))
print(kw.__defaults__, kw.__kwdefaults__, kw.__code__.co_argcount if hasattr(kw, '__code__') else 2)
try:
    kw(1)
except TypeError as e:
    print('TypeError', e)
try:
    kw(1, c=1, a=2)
except TypeError as e:
    print('TypeError', e)
