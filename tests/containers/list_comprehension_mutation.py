l = [1, 2, 3, 4, 5, 6]
l[:] = [x for x in l if x % 2]
print(l)
l = list(range(10))
for i in range(len(l) - 1, -1, -1):
    if l[i] % 3 == 0:
        del l[i]
print(l)
a = [1, 2, 3]
b = a[:]
b.append(4)
print(a, b)
