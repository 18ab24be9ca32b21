a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99]
print(a)
a[::2] = 'ABCDEF'
print(a)
a[1:3] = []
print(a)
b = [1, 2, 3]
b[:] = (7, 8)
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
c = [0, 1, 2, 3]
c[3:1] = ['m']
print(c)
