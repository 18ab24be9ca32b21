a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
x = y = 0
x, y = y + 1, x + 2
print(x, y)
(a, b), (c, d) = [1, 2], 'xy'
print(a, b, c, d)
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)
