a = list(range(10))
del a[1:3]
print(a)
del a[::2]
print(a)
del a[-1]
print(a)
del a[:]
print(a)
b = list('abcdefg')
del b[::-2]
print(b)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
