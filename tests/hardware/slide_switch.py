# copper: args --board circuitplayground_express --virtual-time --stimulus slide_switch.stim
# The slide switch needs Pull.UP; the stimulus shorts it to ground at 1 s
# and lets it go at 2 s.
import time
import board
import digitalio

switch = digitalio.DigitalInOut(board.SLIDE_SWITCH)
switch.direction = digitalio.Direction.INPUT
print(switch.pull)
switch.pull = digitalio.Pull.UP
print(switch.pull)
for _ in range(3):
    print(switch.value)
    time.sleep(1)
