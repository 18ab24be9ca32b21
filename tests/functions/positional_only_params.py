def f(a, b, /, c=3):
    return a, b, c
print(f(1, 2), f(1, 2, 4), f(1, 2, c=5))
try:
    f(1, b=2)
except TypeError as e:
    print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
print(divmod(7, 2), pow(2, 5), abs(-1))
