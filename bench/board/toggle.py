# Pin toggles: the tightest loop a CircuitPython program writes to a pin.
import board
import digitalio

led = digitalio.DigitalInOut(board.LED)
led.direction = digitalio.Direction.OUTPUT
for _ in range(1000000):
    led.value = not led.value
print(led.value)
