def f(a, b):
    return a + b
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, 2, a=3),
    lambda: f(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def g(*, k):
    return k
try:
    g()
except TypeError as e:
    print(e)
def h():
    return 0
try:
    h(1)
except TypeError as e:
    print(e)
