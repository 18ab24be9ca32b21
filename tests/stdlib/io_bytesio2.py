import io
b = io.BytesIO(b'abc')
print(b.read(1), b.read(), b.read(), b.tell())
b.write(b'DEF')
print(b.getvalue())
b.seek(1)
b.write(b'zz')
print(b.getvalue(), b.seek(0, 2), b.seek(-2, 2), b.read())
b = io.BytesIO()
b.write(bytearray(b'12'))
b.write(memoryview(b'34'))
print(b.getvalue(), len(b.getvalue()))
b.seek(10)
b.write(b'!')
print(b.getvalue())
r = io.BytesIO(b'line1\nline2\n\nend')
print(r.readline(), r.readlines())
buf = bytearray(4)
r = io.BytesIO(b'xyz')
print(r.readinto(buf), buf)
r.close()
try:
    r.read()
except ValueError as e:
    print('ValueError', e)
try:
    io.BytesIO().write('str')
except TypeError as e:
    print('TypeError', e)
with io.BytesIO(b'q') as f:
    print(f.read())
