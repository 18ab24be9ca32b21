# array.array: slicing, slice assignment and deletion, + * += *=, comparisons.
from array import array

a = array('i', range(10))
print(a[2:5], a[::-1], a[::3], a[-3:], a[5:2], a[1:8:2], a[8:1:-3])
b = a[:]
b[2:5] = array('i')
print(b)
b = a[:]
b[2:5] = array('i', [7, 7, 7, 7, 7])
print(b)
b = a[:]
b[::2] = array('i', [0] * 5)
print(b)
b = a[:]
b[::-3] = array('i', [-1] * 4)
print(b)
b = a[:]
del b[::2]
print(b)
b = a[:]
del b[::-3]
print(b)
b = a[:]
del b[2:4]
print(b)
b = a[:]
del b[-1]
del b[0]
print(b)
b = a[:]
b[1:3] = b
print(b)
b = a[:]
b[::2] = b[1::2]
print(b)
b = a[:]
b[::-1] = b
print(b)
print(array('d', [1, 2]) + array('d', [3]), array('i', [1, 2]) * 3, 3 * array('i', [1, 2]))
print(array('i', [1, 2]) * 0, array('i', [1, 2]) * -1, array('i') * 5)
c = array('i', [1, 2, 3])
c += array('i', [4])
print(c)
c *= 2
print(c)
alias = c
c *= 0
print(c, alias is c)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) != array('i', [1, 3]))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('d', [1.0, 3.0]))
print(array('i') < array('i', [0]), array('b', [1, 2]) >= array('b', [1]), array('i', [2]) > array('i', [1, 5]))
print(array('i', [1]) == array('u', 'a'), array('i', [1, 2]) == [1, 2], array('i') == 0)
print(array('d', [float('nan')]) == array('d', [float('nan')]))
print(array('i', [1, 2]) <= array('i', [1, 2]), array('i', [1, 2]) > array('i', [1, 2]))
print(array('u', 'abc') < array('u', 'abd'), array('B', b'ab') == array('b', [97, 98]))
