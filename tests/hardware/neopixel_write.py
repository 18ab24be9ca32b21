# copper: args --board circuitplayground_express --virtual-time
# neopixel_write on the Circuit Playground Express's ten NeoPixels: the
# bytes go out as given (G, R, B per pixel); the pin stays claimed by the
# DigitalInOut until it is deinitialised.
import board
import digitalio
import neopixel_write

pin = digitalio.DigitalInOut(board.NEOPIXEL)
pin.direction = digitalio.Direction.OUTPUT
pixels = bytearray(30)
pixels[0:3] = b"\x00\xff\x00"     # first pixel red
neopixel_write.neopixel_write(pin, pixels)
neopixel_write.neopixel_write(pin, b"\x10\x20\x30" * 10)
neopixel_write.neopixel_write(pin, memoryview(pixels)[:3])
try:
    digitalio.DigitalInOut(board.D8)
except ValueError as e:
    print("ValueError:", e)
for bad in ((board.NEOPIXEL, pixels), (pin, 5), (pin, "abc")):
    try:
        neopixel_write.neopixel_write(*bad)
    except TypeError as e:
        print("TypeError")
pin.deinit()
try:
    neopixel_write.neopixel_write(pin, pixels)
except ValueError as e:
    print("ValueError:", e)
