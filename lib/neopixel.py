# neopixel: NeoPixel strips, frozen into Copper as CircuitPython freezes it
# into the Circuit Playground Express. Written for Copper from the
# documented API of Adafruit's neopixel library: NeoPixel(pin, n, *, bpp=3,
# brightness=1.0, auto_write=True, pixel_order=None) built on
# adafruit_pixelbuf.PixelBuf, sending its bytes with neopixel_write.
import adafruit_pixelbuf
import digitalio
from neopixel_write import neopixel_write

RGB = "RGB"
GRB = "GRB"
RGBW = "RGBW"
GRBW = "GRBW"


class NeoPixel(adafruit_pixelbuf.PixelBuf):
    def __init__(self, pin, n, *, bpp=3, brightness=1.0, auto_write=True, pixel_order=None):
        if pixel_order is None:
            pixel_order = GRB if bpp == 3 else GRBW
        elif isinstance(pixel_order, tuple):
            # The old tuple form: the position of each of R, G, B, W.
            pixel_order = "".join("RGBW"[i] for i in pixel_order)
        super().__init__(n, brightness=brightness, byteorder=pixel_order, auto_write=auto_write)
        self.pin = digitalio.DigitalInOut(pin)
        self.pin.direction = digitalio.Direction.OUTPUT

    def deinit(self):
        self.fill(0)
        self.show()
        self.pin.deinit()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.deinit()

    def __repr__(self):
        return "[" + ", ".join(str(p) for p in self) + "]"

    @property
    def n(self):
        return len(self)

    def write(self):
        self.show()

    def _transmit(self, buffer):
        neopixel_write(self.pin, buffer)
