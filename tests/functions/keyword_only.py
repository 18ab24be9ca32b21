def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=9))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def g(*args, key='k'):
    return args, key
print(g(1, 2), g(key='z'))
def h(a, /, b, *, c):
    return a + b + c
print(h(1, 2, c=3), h(1, b=2, c=3))
try:
    h(a=1, b=2, c=3)
except TypeError as e:
    print(e)
