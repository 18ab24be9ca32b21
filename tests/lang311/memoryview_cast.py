# memoryview over bytes-like objects (format 'B'; Copper supports only 'B',
# see docs/differences.md, so no cast() or array views here)
m = memoryview(b'hello')
print(m.format, m.itemsize, len(m), m[1], m.tolist(), m.nbytes)
print(bytes(memoryview(b'hello')[1:4]), bytearray(memoryview(b'xy')))
print(list(memoryview(b'abc')), str(bytes(memoryview(b'\x00\xff'))))
ba = bytearray(b'0123456789')
mv = memoryview(ba)[2:8]
print(bytes(mv[1:4]), bytes(mv[::3]), mv[::3].tolist())
inner = mv[1:5][1:3]
inner[0] = ord('#')
print(ba, bytes(inner), len(inner))
print(b'-'.join([memoryview(b'a'), b'b']), bytes(mv) + b'!', b'34' in bytes(mv))
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'), bytearray(b'xyz')[memoryview(b'\x01')[0]])
print(memoryview(ba).tobytes()[:3], memoryview(b'').tolist(), len(memoryview(bytearray(0))))
try:
    mv[1:2] = b''
except ValueError as e:
    print('ValueError', e)
try:
    memoryview('str')
except TypeError as e:
    print('TypeError', e)
