# copper: args --board circuitplayground_express --virtual-time --stimulus touch.stim
# Capacitive touch on A1 (the SAMD21's own touch controller): the threshold
# is the first reading + 100; a finger arrives at 3 s and leaves at 5 s.
import time
import board
import touchio

touch = touchio.TouchIn(board.A1)
print(touch.threshold == touch.raw_value + 100)
for _ in range(3):
    time.sleep(2)
    print(round(time.monotonic()), touch.value, touch.raw_value > touch.threshold)
touch.threshold = 65535
print(touch.threshold)
try:
    touch.threshold = 65536
except ValueError as e:
    print("ValueError:", e)
touch.deinit()
