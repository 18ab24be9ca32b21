# copper: args --board feather_nrf52840_express --virtual-time --stimulus sim_touch_generic.stim
# Generic touch (no PTC on the nRF52840) needs a 1 MOhm pull-down: A0 has
# none and fails as on a real board; the stimulus wires one to A1. The
# simulated pad reads 1000 untouched (threshold 1000 * 1.05 + 100) and
# 1600 with a finger on it.
import time
import board
import touchio

try:
    touchio.TouchIn(board.A0)
except ValueError as e:
    print("ValueError:", e)
t = touchio.TouchIn(board.A1)
print(t.value, t.raw_value, t.threshold)
time.sleep(1)
print(t.value, t.raw_value)
