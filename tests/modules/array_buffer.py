# array.array as a buffer: bytes(), bytearray(), memoryview, files, struct, join.
from array import array
import struct
from _tmpname_array import tmpname

print(bytes(array('i', [1, 2])), bytearray(array('H', [0x4142])), bytes(array('d')))
print(struct.unpack('<3h', array('h', [1, 2, 3])))
print(b'-'.join([array('B', [65, 66]), b'C']))
m = memoryview(array('B', b'hello'))
print(m[0], bytes(m[1:3]), len(m), m.readonly, m.tolist())
arr = array('B', [1, 2, 3])
m = memoryview(arr)
m[0] = 9
print(arr, m.tolist())
name = tmpname('array')
with open(name, 'wb') as f:
    print(f.write(array('h', [1, -1, 300])))
    array('b', [7]).tofile(f)
    array('b').tofile(f)
with open(name, 'rb') as f:
    data = f.read()
print(data)
c = array('h')
with open(name, 'rb') as f:
    c.fromfile(f, 2)
    print(c)
    try:
        c.fromfile(f, 2)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
print(c)
d = array('b')
with open(name, 'rb') as f:
    try:
        d.fromfile(f, 10)
    except EOFError as e:
        print('EOFError', e)
print(d)
import os
os.remove(name)
big = array('q', range(100000))
print(len(big), big[-1], sum(big[::1000]))
big2 = big * 3
print(len(big2), big2[250000])
del big2[::2]
print(len(big2), big2[:3])
big2[10:100000] = array('q')
print(len(big2), big2[8:12])
