fs = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in fs])
gs = [lambda x: x + i for i in range(4)]
print([g(10) for g in gs])
k = 1
h = lambda: k
k = 2
print(h())
print((lambda a, *b, c=3, **d: (a, b, c, d))(1, 2, e=5))
