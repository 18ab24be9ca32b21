# f(*x) passes x to the call as it is: a non-iterable x is reported with the
# callee's name (CPython 3.11), while f(a, *x) reports "Value after *".
# Equal constants in one code object are one object.
def f(*a, **k):
    return a, k


class C:
    def m(self, *a):
        return a


def attempt(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)


attempt(lambda: f(*1))
attempt(lambda: f(**1))
attempt(lambda: f(*1, **{}))
attempt(lambda: f(*1, x=2))
attempt(lambda: f(1, *2))
attempt(lambda: f(*[], *3))
attempt(lambda: print(*5))
attempt(lambda: f(*None, **None))
attempt(lambda: f(**[]))
attempt(lambda: f(*[], **[1]))
attempt(lambda: C().m(*3))
attempt(lambda: len(*4))
attempt(lambda: C(*5.0))

# The usual cases still work, and the argument is not mutated.
print(f(*[1, 2]), f(*(3,)), f(*"ab"), f(*range(3)), f(**{'a': 1}))
x = [1]
print(f(*x), x)
print(f(*x, y=2), f(*iter([4, 5])), f(*{7: 8}))


def gen():
    yield 1
    raise TypeError('inside')


attempt(lambda: f(*gen()))
print(max(*[3, 9, 2]), min(*"zyx"))


def consts():
    a = "abc"
    b = "abc"
    c = b"xy"
    d = b"xy"
    e = 123456789
    g = 123456789
    h = 10 ** 40
    return a is b, c is d, e is g, h == 10 ** 40


print(consts())
print(consts.__code__.co_consts.count("abc"))
