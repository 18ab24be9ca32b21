# copper: args --board clue_nrf52840_express --virtual-time --stimulus keypad_keys.stim
# keypad.Keys scanning the CLUE's two buttons (active low: pressed reads
# False, internal pull-ups) in the background while the program sleeps.
# Each event's timestamp is supervisor.ticks_ms at the scan that saw it:
# (ms since start-up + 0x1fff0000) % 2**29, at most one 20 ms interval
# after the stimulus time.
import time
import board
import keypad

keys = keypad.Keys((board.BUTTON_A, board.BUTTON_B), value_when_pressed=False)
print(keys.key_count, len(keys.events), bool(keys.events), keys.events.overflowed)
time.sleep(3)
print(len(keys.events), bool(keys.events))

stimulus_ms = (1000, 1500, 2000, 2200)
for at in stimulus_ms:
    ev = keys.events.get()
    ms = (ev.timestamp - 0x1fff0000) % 2**29
    print(ev, ev.key_number, ev.pressed, ev.released, at <= ms <= at + 20)
print(keys.events.get())

# get_into reuses an Event; reset() makes a held key report a press.
time.sleep(1)   # 4 s: A is held down since 3.5 s (one press queued)
ev = keypad.Event()
print(keys.events.get_into(ev), ev)
keys.reset()    # scans at once: A is pressed again
print(keys.events.get_into(ev), ev)
print(keys.events.get_into(ev), ev)

# A full queue drops new events and says so.
keys.deinit()
with keypad.Keys((board.BUTTON_A,), value_when_pressed=False, max_events=1) as small:
    small.reset()
    time.sleep(1.5)    # A released at 4.5 s
    print(len(small.events), small.events.overflowed, small.events.get())
    small.events.clear()
    print(len(small.events), small.events.overflowed)
for attr in ("events", "key_count"):
    try:
        getattr(keys, attr)
    except ValueError as e:
        print("ValueError:", e)
try:
    keys.reset()
except ValueError as e:
    print("ValueError:", e)
