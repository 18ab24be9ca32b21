# copper: args --board circuitplayground_express --virtual-time
# PixelBuf's errors, with CircuitPython's exception types and messages.
import adafruit_pixelbuf


def attempt(f, message=True):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e if message else "")


class Strip(adafruit_pixelbuf.PixelBuf):
    def _transmit(self, buf):
        pass


for order in ("RG", "RGBXY", "RGBX", "RRGB", "RGB ", "GBRP", "PRGBW", "PRGW", "WRGBP", "rgb", ""):
    attempt(lambda: adafruit_pixelbuf.PixelBuf(1, byteorder=order))
attempt(lambda: adafruit_pixelbuf.PixelBuf(1, byteorder=5))
attempt(lambda: adafruit_pixelbuf.PixelBuf("3"))
attempt(lambda: adafruit_pixelbuf.PixelBuf(), False)
attempt(lambda: adafruit_pixelbuf.PixelBuf(1, 2), False)
attempt(lambda: adafruit_pixelbuf.PixelBuf(1, colour=2), False)
attempt(lambda: adafruit_pixelbuf.PixelBuf(1, brightness="x"))

s = Strip(2, byteorder="RGB")
attempt(lambda: s[2])
attempt(lambda: s[-3])
attempt(lambda: s["a"])
attempt(lambda: s.__setitem__(0, (1, 2)))
attempt(lambda: s.__setitem__(0, (1, 2, 3, 4, 5)))
attempt(lambda: s.__setitem__(0, "red"))
attempt(lambda: s.__setitem__(0, None))
attempt(lambda: s.__setitem__(0, (1, 2, "x")))
attempt(lambda: s.__setitem__(5, 0))
attempt(lambda: s.fill("red"))
attempt(lambda: s.fill())
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
print(s[:])

# PixelBuf itself has no _transmit: show() needs a subclass
p = adafruit_pixelbuf.PixelBuf(1, byteorder="RGB")
p[0] = 0x123456
print(p[0], len(p))
attempt(p.show)
attempt(lambda: setattr(p, "brightness", "x"))
q = adafruit_pixelbuf.PixelBuf(1, auto_write=True)
attempt(lambda: q.fill(0))
attempt(lambda: setattr(p, "bpp", 4), False)
attempt(lambda: setattr(p, "byteorder", "RGB"), False)
print(isinstance(s, adafruit_pixelbuf.PixelBuf), type(p).__name__)
