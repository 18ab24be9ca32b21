# Circuit Playground Express demo (what `make run` starts): a rainbow runs
# round the ten NeoPixels. Hold button A to make it faster, hold button B
# to turn it backwards; the red LED shows the slide switch.
import time

import board
import digitalio
import neopixel
from rainbowio import colorwheel

pixels = neopixel.NeoPixel(board.NEOPIXEL, 10, brightness=0.2, auto_write=False)

button_a = digitalio.DigitalInOut(board.BUTTON_A)
button_a.switch_to_input(pull=digitalio.Pull.DOWN)
button_b = digitalio.DigitalInOut(board.BUTTON_B)
button_b.switch_to_input(pull=digitalio.Pull.DOWN)
switch = digitalio.DigitalInOut(board.SLIDE_SWITCH)
switch.switch_to_input(pull=digitalio.Pull.UP)
led = digitalio.DigitalInOut(board.LED)
led.switch_to_output()

print("Rainbow! Button A: faster, button B: backwards, slide switch: red LED.")
offset = 0
was_pressed = False
while True:
    for i in range(len(pixels)):
        pixels[i] = colorwheel((i * 256 // len(pixels) + offset) & 255)
    pixels.show()
    step = 8 if button_a.value else 2
    offset += -step if button_b.value else step
    led.value = switch.value
    pressed = button_a.value or button_b.value
    if pressed != was_pressed:
        print("button pressed" if pressed else "buttons released")
        was_pressed = pressed
    time.sleep(0.02)
