# copper: args --board circuitplayground_express --virtual-time
# PixelBuf slices: reading gives a tuple of pixel tuples; assigning takes
# one colour per pixel or bpp numbers per pixel (a flat sequence).
import adafruit_pixelbuf


class Strip(adafruit_pixelbuf.PixelBuf):
    def _transmit(self, buf):
        print("sent", bytes(buf).hex())


s = Strip(5, byteorder="RGB")
s[1:4] = [(1, 1, 1), 0x020202, [3, 3, 3]]
print(s[:])
print(s[::2])
print(s[::-1])
print(s[3:1], s[10:])
s[0:2] = [9, 9, 9, 8, 8, 8]
print(s[0], s[1])
s[4:0:-2] = (0x010203, 0x040506)
print(s[4], s[2])
s[:] = [0] * 5
print(s[:])
s[1:3] = bytes([1, 2, 3, 4, 5, 6])
print(s[1:3])
try:
    s[0:2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    s[0:2] = 5
except TypeError as e:
    print("TypeError", e)
print([p for p in s])
s.show()

w = Strip(2, byteorder="GRBW")
w[:] = [1, 2, 3, 4, 5, 6, 7, 8]
print(w[:])
s.show()
