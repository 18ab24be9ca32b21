# copper: args --board circuitplayground_express --virtual-time
# The Learn guide's blink: the red LED toggles every half second.
import time
import board
import digitalio

led = digitalio.DigitalInOut(board.LED)
led.direction = digitalio.Direction.OUTPUT
print(led.direction, led.value)
start = time.monotonic()
for _ in range(4):
    led.value = not led.value
    print(led.value, round(time.monotonic() - start, 2))
    time.sleep(0.5)
print(round(time.monotonic() - start, 2))
led.deinit()
