# copper: args --board clue_nrf52840_express --virtual-time
# keypad.Event and the scanners' argument checks, as CircuitPython has
# them: equality and hash ignore the timestamp, the default timestamp is
# supervisor.ticks_ms (0x1fff0000 + ms since start-up, mod 2**29).
import time
import board
import keypad

e = keypad.Event(3, False, timestamp=1234)
print(e, e.key_number, e.pressed, e.released, e.timestamp)
print(e == keypad.Event(3, False), e == keypad.Event(3, True), e != keypad.Event(4, False), e == 3)
print(hash(e) == hash(keypad.Event(3, False, timestamp=99)), hash(keypad.Event(2, True)) == (1 << 15) + 2)
print(len({keypad.Event(1), keypad.Event(1), keypad.Event(1, False)}))
d = keypad.Event()
print(d, d.pressed)
time.sleep(0.5)
ms = (keypad.Event().timestamp - 0x1fff0000) % 2**29
print(500 <= ms <= 510)
for bad in (lambda: keypad.Event(-1), lambda: keypad.Event(timestamp="x"), lambda: keypad.EventQueue()):
    try:
        bad()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__)
try:
    keypad.Keys((board.D0,))   # value_when_pressed is required
except TypeError:
    print("TypeError")
try:
    e.key_number = 5
except AttributeError:
    print("AttributeError")

for make in (
    lambda: keypad.Keys((board.D0, board.D0), value_when_pressed=False),
    lambda: keypad.Keys((board.D0, 5), value_when_pressed=False),
    lambda: keypad.Keys((board.D0,), value_when_pressed=False, max_events=0),
    lambda: keypad.Keys((board.D0,), value_when_pressed=False, interval=-1),
    lambda: keypad.Keys((board.D0,), value_when_pressed=False, debounce_threshold=128),
    lambda: keypad.KeyMatrix((board.D0, board.D1), (board.D2, board.D1)),
    lambda: keypad.ShiftRegisterKeys(clock=board.D0, data=(board.D1, board.D2), latch=board.D3,
                                     key_count=8, value_when_pressed=True),
    lambda: keypad.ShiftRegisterKeys(clock=board.D0, data=board.D1, latch=board.D3,
                                     key_count=0, value_when_pressed=True),
):
    try:
        make()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__ + ":", ex)

import digitalio
used = digitalio.DigitalInOut(board.D2)
try:
    keypad.Keys((board.D1, board.D2), value_when_pressed=True)
except ValueError as ex:
    print("ValueError:", ex)
used.deinit()
# The failed scanner claimed nothing: the same pins work now.
with keypad.KeyMatrix((board.D0, board.D1), (board.D2, board.D3, board.D4)) as km:
    print(km.key_count, km.key_number_to_row_column(4), km.row_column_to_key_number(1, 2))
    try:
        km.row_column_to_key_number(3, 0)
    except ValueError as ex:
        print("ValueError:", ex)
with keypad.ShiftRegisterKeys(clock=board.D0, data=(board.D1, board.D2), latch=board.D3,
                              key_count=(8, 4), value_when_pressed=True) as sr:
    print(sr.key_count, len(sr.events))
print(km.__class__.__name__, sr.__class__.__name__)
