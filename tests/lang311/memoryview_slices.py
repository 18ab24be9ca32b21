b = bytearray(b'abcdefgh')
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[2:5]), bytes(m[::2]), bytes(m[::-1]))
s = m[2:6]
s[0] = ord('X')
print(b, s.tobytes(), s.tolist(), len(s))
s[1:3] = b'YZ'
print(b)
print(m.readonly, memoryview(b'ro').readonly, m.nbytes, m.itemsize, m.format)
r = memoryview(b'const')
try:
    r[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    s[0:2] = b'abc'
except ValueError as e:
    print('ValueError', e)
try:
    m[100]
except IndexError as e:
    print('IndexError', e)
print(m == b, m[1:3] == b'bX' or m[1:3] == b'bc', bytes(m[10:20]))
print(m.hex(), memoryview(b'ab').hex())
m.release()
try:
    m[0]
except ValueError as e:
    print('ValueError', e)
with memoryview(bytearray(3)) as mv:
    mv[1] = 7
    print(bytes(mv))
