# copper: args --board circuitplayground_express --virtual-time
# A DotStar-like PixelBuf: "P" byte orders start each pixel with
# 0xE0 | 5-bit brightness, header and trailer frame the pixel bytes.
import adafruit_pixelbuf

START = b"\x00\x00\x00\x00"
END = b"\xff\xff\xff\xff"


class DotStar(adafruit_pixelbuf.PixelBuf):
    def __init__(self, n, *, brightness=1.0, order="PBGR"):
        super().__init__(n, byteorder=order, brightness=brightness, header=START, trailer=END)

    def _transmit(self, buf):
        print(bytes(buf).hex())


d = DotStar(2)
print(len(d), d.bpp, d.byteorder)
d.show()
d[0] = (1, 2, 3)
print(d[0])
d[1] = (10, 20, 30, 0.5)
print(d[1][:3], round(d[1][3], 4))
d.show()
d[1] = (10, 20, 30, 16)
print(round(d[1][3], 4))
d[1] = (10, 20, 30, 0.0)
print(d[1])
d.show()
d.fill((255, 128, 64, 1.0))
d.brightness = 0.5
print(d[0])
d.show()

r = DotStar(1, order="PRGB", brightness=0.25)
r[0] = (200, 100, 40)
print(r[0])
r.show()

# header and trailer as bytearrays; anything that is not a buffer means none
class Framed(adafruit_pixelbuf.PixelBuf):
    def _transmit(self, buf):
        print(type(buf).__name__, bytes(buf).hex())


f = Framed(1, byteorder="RGB", header=bytearray(b"\xaa"), trailer=b"\xbb\xcc")
f[0] = 0x010203
f.show()
Framed(1, byteorder="RGB", header=None, trailer=5).show()
