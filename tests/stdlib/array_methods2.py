from array import array
a = array('h', [3, 1, 2])
a.append(5)
a.extend([6, 7])
a.insert(0, 9)
print(a, a.index(2), a.count(1))
a.remove(1)
print(a.pop(), a.pop(0), a)
a.reverse()
print(a, a[1], a[-1], a[1:3], a[::2])
a[0] = 100
a[1:3] = array('h', [-1, -2, -3])
print(a)
del a[0]
print(a, 5 in a, 42 in a)
b = a.tobytes()
c = array('h')
c.frombytes(b)
print(c == a, len(b))
c.fromlist([10, 20])
print(c, c + array('h', [1]), array('b', [1]) * 3)
d = array('B', b'\x01\x02')
d.byteswap() if False else None
print(d, bytes(d), list(d), sum(d))
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) == array('d', [1.0]))
e = array('i', [1, 2, 3])
e *= 2
e += array('i', [0])
print(e, array('H', [0x0102]).tobytes() in (b'\x02\x01', b'\x01\x02'))
