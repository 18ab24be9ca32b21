# memoryview: indexing, slicing (shared memory), assignment, methods, errors
def show(f):
    try:
        r = f()
        print(r if not isinstance(r, memoryview) else ('mv', r.tolist()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'abcdef')
m = memoryview(ba)
r = memoryview(b'abcdef')
show(lambda: memoryview('s'))
show(lambda: memoryview())
show(lambda: memoryview(1))
show(lambda: memoryview(object=b'x').tobytes())
show(lambda: m[10])
show(lambda: m[-7])
show(lambda: m[-1])
show(lambda: m[True])
show(lambda: m[1.5])
show(lambda: m['a'])
show(lambda: m[0:2:0])
show(lambda: r.__setitem__(0, 1))
show(lambda: m.__setitem__(0, 256))
show(lambda: m.__setitem__(0, -1))
show(lambda: m.__setitem__(0, 'a'))
show(lambda: m.__setitem__(0, 1.0))
show(lambda: m.__setitem__(slice(0, 2), b'xyz'))
show(lambda: m.__setitem__(slice(0, 2), [1, 2]))
show(lambda: m.__delitem__(0))
show(lambda: r.__delitem__(0))
show(lambda: hash(m))
show(lambda: hash(r) == hash(b'abcdef'))
show(lambda: hash(r[::2]) == hash(b'ace'))
print(m == b'abcdef', b'abcdef' == m, m == bytearray(b'abcdef'), m == 'abcdef', m != b'x', m == r)
show(lambda: m < m)
print(m[::2] == b'ace', m[::2].tobytes(), m[::-1].tolist(), bytes(m[::-1]), bytearray(m[1:3]))
print(m.hex(), m.hex(':'), m.hex('-', 2), m[::2].hex())
print(m.nbytes, m[::2].nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m[::2].strides,
      m[::-2].strides, m.obj, m.c_contiguous, m[::2].contiguous, m[::2].f_contiguous, m.suboffsets)
print(m.toreadonly().readonly, bool(memoryview(b'')), bool(m), list(m), m[2:4][0], len(m[1:5:2]))
print(memoryview(m).obj, bytes(m[::-1]), b'-'.join([m[0:2], m[3:]]), int.from_bytes(m, 'big'))
print(b'abc' + memoryview(b'd'), bytearray(b'x') + memoryview(b'd'), 97 in r, b'a' in r, m.tobytes('C'))
show(lambda: memoryview(b'ab') + b'c')
show(lambda: m.tobytes('X'))
print(m.cast('B').tolist(), type(m).__name__, type(iter(m)).__name__)

# views share memory with the exporter and with each other
ba = bytearray(b'0123456789')
v = memoryview(ba)
s = v[2:8]
s[0] = ord('X')
s[1:3] = b'YZ'
print(ba, s.tobytes(), v[2], s[::2].tobytes())
w = s[::-2]
print(w.tolist(), len(w))
v[::2] = b'abcde'
print(ba)
v[1:5] = v[0:4]
print(ba)
ba[0] = ord('!')
print(v[0], s.tobytes())
v[-1] = True
print(ba)
t = v[3:3]
print(len(t), t.tobytes(), t.tolist(), v[8:2].tolist())

# release and the context manager
x = memoryview(b'ab')
x.release()
print(repr(x).startswith('<released memory at 0x'), repr(memoryview(b'')).startswith('<memory at 0x'))
for f in [lambda: x[0], lambda: len(x), lambda: x.tobytes(), lambda: bytes(x), lambda: x.readonly,
          lambda: x.nbytes, lambda: x.obj, lambda: list(x), lambda: x.format, lambda: x.hex(),
          lambda: x.tolist(), lambda: x[0:1], lambda: memoryview(x), lambda: hash(x)]:
    show(f)
print(x.release(), x == x, x == b'ab')
with memoryview(b'abc') as y:
    print(y[1], y.tolist())
print(repr(y).startswith('<released'))
it = iter(memoryview(b'xyz'))
print(next(it), list(it))
