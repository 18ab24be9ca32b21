# copper: args --board circuitplayground_express --virtual-time
# adafruit_pixelbuf.PixelBuf: byte orders, reading back, brightness,
# auto_write, fill, and the bytes handed to _transmit.
import adafruit_pixelbuf


class Strip(adafruit_pixelbuf.PixelBuf):
    def __init__(self, n, **kwargs):
        self.sent = []
        super().__init__(n, **kwargs)

    def _transmit(self, buf):
        self.sent.append(bytes(buf))


def shown(s):
    s.show()
    return s.sent[-1].hex()


s = Strip(3, byteorder="RGB")
print(len(s), s.bpp, s.byteorder, s.auto_write, s.brightness)
s[0] = 0x102030
s[1] = (1, 2, 3)
s[-1] = [4, 5, 6]
print(s[0], s[1], s[2], s[-3])
print(shown(s))
print(type(s[0]).__name__, bool(s))

# each byte order puts the colours in its own places
for order in ("RGB", "RBG", "GRB", "GBR", "BRG", "BGR"):
    t = Strip(1, byteorder=order)
    t[0] = (1, 2, 3)
    print(order, shown(t), t[0])
print(Strip(1).byteorder)

# RGBW: a tuple of four sets white; equal r, g, b go to the white LED
for order in ("RGBW", "GRBW", "WRGB"):
    t = Strip(3, byteorder=order)
    t[0] = (1, 2, 3, 4)
    t[1] = 0x050505
    t[2] = (7, 7, 7)
    print(order, t.bpp, shown(t), t[0], t[1], t[2])

# components keep their low byte; floats are truncated
s[0] = (300, -1, 2.9)
s[1] = 0x1FF0000
s[2] = 255.9
print(s[0], s[1], s[2])

# brightness scales what is sent, not what is read back
b = Strip(2, byteorder="RGB", brightness=0.5)
b[0] = (200, 100, 11)
b[1] = 0xFFFFFF
print(b.brightness, b[0], b[1], shown(b))
b.brightness = 0.25
print(b.brightness, b[0], shown(b))
b.brightness = 1.0
print(b.brightness, b[0], shown(b))
b.brightness = 2
print(b.brightness)
b.brightness = -1
print(b.brightness, b[0], shown(b))
print(Strip(1, brightness=7).brightness, Strip(1, brightness=None).brightness)

# fill
f = Strip(4, byteorder="GRB")
f.fill((10, 20, 30))
print(list(f), shown(f))
f.fill(0)
print(f[:], shown(f))

# auto_write: every change is sent at once
a = Strip(2, byteorder="RGB", auto_write=True)
print(a.auto_write, len(a.sent))
a[0] = 0xFF0000
print(len(a.sent), a.sent[-1].hex())
a.fill(0x00FF00)
print(len(a.sent), a.sent[-1].hex())
a[0:2] = [1, 2]
print(len(a.sent), a.sent[-1].hex())
a.brightness = 0.5
print(len(a.sent), a.sent[-1].hex())
a.brightness = 0.5
print(len(a.sent))
a.auto_write = False
a[0] = 0
print(len(a.sent), a.auto_write)
