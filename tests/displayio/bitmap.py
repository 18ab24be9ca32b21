# displayio.Bitmap: sizes and bit depths, items by index and by (x, y),
# the packed bytes its buffer protocol exposes, fill, dirty, blit and the
# errors CircuitPython raises.
import displayio


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# Bits per value: the smallest of 1, 2, 4, 8, 16 that holds value_count - 1.
for n in (1, 2, 3, 4, 5, 16, 17, 255, 256, 257, 65535, 65536):
    print(n, displayio.Bitmap(1, 1, n).bits_per_value)

b = displayio.Bitmap(5, 3, 4)
print(b.width, b.height, b.bits_per_value)
print([b[i] for i in range(15)])
b[0, 0] = 3
b[4, 2] = 2
b[7] = 1                     # index = y * width + x: (2, 1)
print(b[0], b[0, 0], b[2, 1], b[14], b[4, 2], b[(4, 2)], b[[2, 1]])
print(list(b))

# Errors on items.
attempt(lambda: b[15])
attempt(lambda: b[-1])
attempt(lambda: b[5, 0])
attempt(lambda: b[0, 3])
attempt(lambda: b[-1, 0])
attempt(lambda: b[1, 2, 3])
attempt(lambda: b["a"])
attempt(lambda: b[1:2])


def store(index, value):
    b[index] = value


attempt(lambda: store(0, 4))
attempt(lambda: store(0, -1))
attempt(lambda: store((1, 1), 1.5))


def delete():
    del b[0]


attempt(delete)
print(b[0])

# Construction errors.
attempt(lambda: displayio.Bitmap(2, 2, 0))
attempt(lambda: displayio.Bitmap(2, 2, 65537))
attempt(lambda: displayio.Bitmap(-1, 2, 2))
attempt(lambda: displayio.Bitmap(2, 32768, 2))
try:
    displayio.Bitmap(2, 2)
except TypeError:
    print("TypeError")
attempt(lambda: displayio.Bitmap(2.0, 2, 2))
print(displayio.Bitmap(0, 0, 2).width)

# fill and its range check.
b.fill(2)
print(list(b))
attempt(lambda: b.fill(4))
b16 = displayio.Bitmap(3, 2, 65536)
b16.fill(0xBEEF)
print(hex(b16[2, 1]))
b16[1, 1] = 0xFFFF
print(hex(b16[4]))


def store16():
    b16[0] = 65536


attempt(store16)

# dirty() takes positions or keywords and checks nothing but types.
print(b.dirty(), b.dirty(1, 1, 2, 2), b.dirty(x2=3), b.dirty(5, 5, 0, 0))
attempt(lambda: b.dirty("a"))

# deinit: the bitmap can no longer be used.
d = displayio.Bitmap(2, 2, 2)
d.deinit()
attempt(lambda: d.width)
attempt(lambda: d[0])

# The buffer protocol: rows start on 32-bit words; values under 8 bits fill
# each byte from its most significant bit; 8 and 16-bit values are arrays.
b1 = displayio.Bitmap(10, 2, 2)
b1[0, 0] = 1
b1[9, 0] = 1
b1[1, 1] = 1
print(bytes(memoryview(b1)).hex())
b2 = displayio.Bitmap(5, 1, 4)
b2[0] = 3
b2[1] = 1
b2[4] = 2
print(bytes(memoryview(b2)).hex())
b4 = displayio.Bitmap(3, 1, 16)
b4[0] = 10
b4[1] = 5
b4[2] = 15
print(bytes(memoryview(b4)).hex())
b8 = displayio.Bitmap(5, 1, 256)
for i in range(5):
    b8[i] = i + 1
print(bytes(memoryview(b8)).hex(), len(memoryview(b8)))
b16 = displayio.Bitmap(3, 1, 65536)
b16[0] = 0x1234
b16[1] = 0xABCD
b16[2] = 1
print(bytes(memoryview(b16)).hex())
# Writing through a memoryview changes the bitmap (dirty() tells displayio).
m = memoryview(b8)
m[0] = 200
m[3] = 7
print(b8[0], b8[3])
m = memoryview(b1)
m[0] = 0x0F
print([b1[x, 0] for x in range(10)])
