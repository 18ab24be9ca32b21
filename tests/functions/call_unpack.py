def f(a, b, c=0, d=0):
    return a, b, c, d
args = [1, 2]
kw = {'c': 3, 'd': 4}
print(f(*args), f(*args, **kw), f(*(1, 2, 3)), f(**{'a': 9, 'b': 8}))
print(f(1, *[2], **{'d': 7}))
print(f(*'ab'), f(*range(4)))
def g(*a, **k):
    return a, k
print(g(*[1, 2], *[3], x=1, **{'y': 2}, **{'z': 3}))
try:
    f(1, 2, **{'a': 5})
except TypeError as e:
    print(e)
print(max(*[3, 7, 5]))
