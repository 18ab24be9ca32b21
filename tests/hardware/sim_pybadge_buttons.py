# copper: args --board pybadge --virtual-time --stimulus sim_pybadge_buttons.stim
# The PyBadge's buttons come through a 74HC165 shift register, read with
# keypad.ShiftRegisterKeys as adafruit_pybadger does (8 keys, pressed
# reads high): key 0 is B, 1 is A, 2 START, 3 SELECT, 4 RIGHT, 5 DOWN,
# 6 UP, 7 LEFT.
import time
import board
import keypad

keys = keypad.ShiftRegisterKeys(clock=board.BUTTON_CLOCK, data=board.BUTTON_OUT, latch=board.BUTTON_LATCH,
                                key_count=8, value_when_pressed=True)
for _ in range(20):
    event = keys.events.get()
    if event:
        print(event.key_number, event.pressed)
    time.sleep(0.1)
