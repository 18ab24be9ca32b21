# copper: args --board circuitplayground_express --virtual-time --stimulus button.stim
# Button A on the Circuit Playground Express reads high when pressed (it has
# a pull-down): the stimulus presses it at 1.5 s and lets go at 2 s.
import time
import board
import digitalio

button = digitalio.DigitalInOut(board.BUTTON_A)
button.switch_to_input(pull=digitalio.Pull.DOWN)
print(button.direction, button.pull)
time.sleep(0.25)
for _ in range(6):
    print(round(time.monotonic(), 2), "pressed" if button.value else "not pressed")
    time.sleep(0.5)
