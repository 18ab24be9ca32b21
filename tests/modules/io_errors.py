# io.StringIO / io.BytesIO errors.
import io


def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


s = io.StringIO('abc')
t(lambda: s.seek(1, 1))
t(lambda: s.seek(1, 2))
t(lambda: s.seek(-1))
t(lambda: s.seek(0, 3))
t(lambda: s.seek('a'))
t(lambda: s.write(b'x'))
t(lambda: s.write(5))
t(lambda: s.read('a'))
t(lambda: s.read(1.5))
t(lambda: s.readline('a'))
t(lambda: s.truncate(-1))
t(lambda: s.truncate(1.5))
t(lambda: io.StringIO(5))
t(lambda: io.StringIO(b'x'))
t(lambda: io.StringIO('', newline='x'))
t(lambda: io.StringIO('', newline=5))
t(lambda: io.StringIO().readlines('a'))
t(lambda: io.StringIO().writelines([1]))
t(lambda: io.StringIO().writelines(1))
t(lambda: io.StringIO().write())
t(lambda: io.StringIO().seek())
t(lambda: io.StringIO().getvalue(1))
t(lambda: io.StringIO().read(1, 2))
t(lambda: io.BytesIO().write())
s.close()
print(s.closed)
for f in [s.read, s.getvalue, s.tell, lambda: s.write('x'), lambda: s.seek(0), s.readline,
          s.readlines, lambda: iter(s), s.truncate, s.flush, s.readable, s.writable,
          s.seekable, s.isatty, lambda: s.writelines(['a']), lambda: next(s), lambda: s.__enter__()]:
    t(f)
s.close()
b = io.BytesIO(b'abc')
t(lambda: b.seek(0, 3))
t(lambda: b.seek(-1))
t(lambda: b.seek(1.5))
t(lambda: b.read(1.5))
t(lambda: b.truncate(-1))
t(lambda: b.write('str'))
t(lambda: b.readinto(b'xx'))
t(lambda: io.BytesIO('str'))
t(lambda: io.BytesIO(5))
b.close()
print(b.closed)
for f in [b.read, b.getvalue, b.tell, lambda: b.write(b'x'), lambda: b.seek(0), b.readline,
          b.readlines, b.truncate, b.flush, b.readable, b.writable, b.seekable, b.isatty,
          lambda: b.readinto(bytearray(1)), lambda: b.writelines([b'a']), lambda: next(b)]:
    t(f)
