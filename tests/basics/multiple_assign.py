a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = z = 1, 2
print(x, y, z)
i = 0
l = [0, 0, 0]
i, l[i] = 1, 5
print(i, l)
d = {}
d['a'] = d['b'] = 3
print(d)
