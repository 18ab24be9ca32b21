# displayio.Palette: colours set from ints, tuples, lists and buffers, read
# back as ints; transparency; length and iteration; CircuitPython's errors.
import displayio


def attempt(f, message=True):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e if message else "")


p = displayio.Palette(4)
print(len(p), bool(p), list(p), p.dither)
p[0] = 0x123456
p[1] = (0x10, 0x20, 0x30)
p[2] = [255, 0, 128]
p[3] = b"\x01\x02\x03"
print([hex(c) for c in p])
p[-1] = bytearray(b"\xaa\xbb\xcc\xdd")     # 4 bytes: RGB and a pad byte
p[0] = True
print(hex(p[3]), p[-4], p[0])

# Transparency.
print(p.is_transparent(1))
p.make_transparent(1)
print(p.is_transparent(1), p.is_transparent(2), hex(p[1]))
p.make_opaque(1)
print(p.is_transparent(1))

# Index errors.
attempt(lambda: p[4])
attempt(lambda: p[-5])
attempt(lambda: p["0"])
attempt(lambda: p[0:2], False)
attempt(lambda: p.make_transparent(4))
attempt(lambda: p.make_transparent(-1))
attempt(lambda: p.make_opaque("1"))
attempt(lambda: p.is_transparent(1.0))


def store(i, v):
    p[i] = v


# Colour errors.
attempt(lambda: store(0, 0x1000000))
attempt(lambda: store(0, -1))
attempt(lambda: store(0, 1.5))
attempt(lambda: store(0, None))
attempt(lambda: store(0, (1, 2)))
attempt(lambda: store(0, b"\x01\x02\x03\x04\x05"))
attempt(lambda: store(0, (1, 2, 256)), False)
print(hex(p[0]))


def delete():
    del p[0]


try:
    delete()
except TypeError:
    print("TypeError")

# Construction.
q = displayio.Palette(2, dither=True)
print(q.dither, list(q))
q.dither = False
print(q.dither)
attempt(lambda: displayio.Palette(0))
attempt(lambda: displayio.Palette(32768))
print(len(displayio.Palette(32767)))
try:
    displayio.Palette(2, True)
except TypeError:
    print("TypeError")
