# copper: args --board circuitplayground_express --virtual-time --stimulus rotary.stim
# A rotary encoder on A1/A2: two clockwise detents, one back, then a half
# step of jitter that must not move the position (divisor 4).
import time
import board
import rotaryio

time.sleep(0.05)
encoder = rotaryio.IncrementalEncoder(board.A1, board.A2)
print(encoder.position, encoder.divisor)
last = encoder.position
for _ in range(4):
    time.sleep(0.5)
    print(encoder.position)
encoder.position = 10
print(encoder.position)
encoder.deinit()
try:
    encoder.position
except ValueError as e:
    print("ValueError:", e)
for args in ((board.A1, board.A1), (board.A1, 3)):
    try:
        rotaryio.IncrementalEncoder(*args)
    except TypeError as e:
        print("TypeError:", e)
