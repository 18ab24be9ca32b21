# code.py on the CIRCUITPY drive of the QEMU board (make qemu-drive run-qemu):
# says hello and blinks LED0 five times, then the REPL is a key away.
import time

import board
import digitalio

print("Hello from CIRCUITPY on the QEMU board!")
led = digitalio.DigitalInOut(board.LED0)
led.direction = digitalio.Direction.OUTPUT
for i in range(10):
    led.value = not led.value
    time.sleep(0.2)
print("LED0 blinked 5 times")
