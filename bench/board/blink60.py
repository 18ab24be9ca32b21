# One minute of blinking, as in the CircuitPython guides: a second per cycle.
import time

import board
import digitalio

led = digitalio.DigitalInOut(board.LED)
led.direction = digitalio.Direction.OUTPUT
start = time.monotonic()
while time.monotonic() - start < 60:
    led.value = True
    time.sleep(0.5)
    led.value = False
    time.sleep(0.5)
print("done")
