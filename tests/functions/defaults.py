def f(a, b=2, c='x'):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c='y'), f(a=0, c=5, b=4))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2))
print(g(3, []))
n = 10
def h(v=n):
    return v
n = 20
print(h())
def k(a=None):
    if a is None:
        a = []
    a.append(1)
    return a
print(k(), k())
print(f.__defaults__)
