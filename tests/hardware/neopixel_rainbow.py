# copper: args --board circuitplayground_express --virtual-time
# The rainbow program of the CircuitPython NeoPixel guides, on the CPX's
# ten NeoPixels, with the frozen neopixel module (lib/neopixel.py, on
# adafruit_pixelbuf): prints the bytes each show() sends (GRB order,
# scaled by brightness 0.2).
import time

import board
import neopixel
from rainbowio import colorwheel


class ShownPixels(neopixel.NeoPixel):
    def _transmit(self, buffer):
        print(bytes(buffer).hex())
        super()._transmit(buffer)


pixels = ShownPixels(board.NEOPIXEL, 10, brightness=0.2, auto_write=False)
print(pixels.n, pixels.bpp, pixels.byteorder, pixels.brightness, pixels.auto_write)

RED = (255, 0, 0)
pixels.fill(RED)
pixels.show()


def rainbow_cycle(wait):
    for j in range(0, 255, 51):
        for i in range(len(pixels)):
            rc_index = (i * 256 // len(pixels)) + j
            pixels[i] = colorwheel(rc_index & 255)
        pixels.show()
        time.sleep(wait)


rainbow_cycle(0.01)
print(pixels[0], pixels[5])

# auto_write: each assignment is sent
pixels.auto_write = True
pixels.brightness = 1.0
pixels[0] = (1, 2, 3)
with pixels:
    pixels[9] = 0x0000FF
print(pixels[:2])

# the same pin is free again after deinit
strip = neopixel.NeoPixel(board.NEOPIXEL, 2, pixel_order=neopixel.RGB)
strip[1] = (4, 5, 6)
print(strip, strip.byteorder)
strip.deinit()
