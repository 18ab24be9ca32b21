import sys
def f1(n):
    try: return f1(n+1)
    except RecursionError: return n
print(f1(1))
print(f1(1))
def key(x):
    if x == 3:
        raise ValueError("key fail")
    return -x
try:
    sorted([1, 2, 3], key=key)
except ValueError as e:
    print("sorted", e)
print(sorted([1, 2, 4], key=key))
def counter():
    c = 0
    def inc(by=1):
        nonlocal c
        c += by
        return c
    return inc
i1 = counter()
print(i1(), i1(5), i1.__closure__[0].cell_contents)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])
class Base:
    def hello(self):
        return "base"
    @classmethod
    def cm(cls):
        return cls.__name__
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
    @classmethod
    def cm(cls):
        return "D:" + super().cm()
print(Derived().hello(), Derived.cm())
def gen_with_exc_info():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
g = gen_with_exc_info()
print(repr(next(g)), sys.exc_info()[1])
try:
    raise ValueError("outer")
except ValueError:
    print(repr(next(g)), repr(sys.exc_info()[1]))
def f(*args, **kwargs):
    return args, kwargs
print(f(*range(3), *"ab", x=1, **{"y": 2}))
print(f(**dict(a=1)), f(*()))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(a=1, b=2, c=4))
def unbound():
    if False:
        x = 1
    return x
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def shadow():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 1
shadow()
x = 1
def g2():
    global x
    del x
g2()
try:
    x
except NameError as e:
    print(e)
class A:
    def __init__(self):
        self.data = []
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
a = A(); a.data = [1, 2]
print(len(a), a[1], list(a))
def early():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print("fin", i)
print(early())
def nested_gen():
    for i in range(3):
        yield from range(i)
print(list(nested_gen()))
print([(a, b) for a in range(3) for b in range(a)])
def outer2():
    x = "outer"
    class Inner:
        y = x
        def m(self):
            return x
    return Inner.y, Inner().m()
print(outer2())
print((lambda: (yield 1))().__class__.__name__)
def dflt(a, b=[]):
    b.append(a)
    return b
print(dflt(1), dflt(2))
print(dflt.__defaults__, dflt.__name__, dflt.__qualname__, dflt.__module__)
def doc():
    "docstring here"
print(doc.__doc__)
while_count = 0
while while_count < 3:
    while_count += 1
print(while_count)
print(type(print).__name__)
try:
    None()
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
print(f"{'nested'!r:>10}")
v = [1, 2, 3]
v[0:2] = [9]
print(v)
try:
    {}["missing"]
except KeyError as e:
    print(repr(e))
t = 0
for a, b in [(1, 2), (3, 4)]:
    t += a * b
print(t)
