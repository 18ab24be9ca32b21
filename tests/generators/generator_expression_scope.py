x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
items = [1, 2, 3]
g2 = (v for v in items)
items = [9, 9]
print(list(g2))
def f():
    n = 3
    return list(n * i for i in range(n))
print(f())
try:
    gen = (1 / i for i in [1, 0])
    print(next(gen))
    next(gen)
except ZeroDivisionError as e:
    print('lazy error', e)
