x = 'outer'
res = [x for x in range(3)]
print(x, res)
y = 10
print([y + i for i in range(3)])
def f():
    n = 5
    return [n * i for i in range(3)]
print(f())
print([i for i in range(3)], 'i' in dir())
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
def g():
    items = [1, 2, 3]
    return {i: [j for j in items if j != i] for i in items}
print(g())
