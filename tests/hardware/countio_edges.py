# copper: args --board circuitplayground_express --virtual-time --stimulus countio_edges.stim
# countio.Counter counts falling edges by default; the stimulus pulses A3
# low three times, then once more after the count is reset.
import time
import board
import countio

counter = countio.Counter(board.A3, pull=None)
print(counter.count)
time.sleep(1)
print(counter.count)
counter.reset()
print(counter.count)
time.sleep(1)
print(counter.count)
counter.count = 10
print(counter.count)
counter.deinit()
both = countio.Counter(board.A3, edge=countio.Edge.RISE_AND_FALL)
time.sleep(1)
print(both.count)
print(countio.Edge.RISE, countio.Edge.FALL)
both.deinit()
try:
    both.count
except ValueError as e:
    print("ValueError:", e)
try:
    countio.Counter(board.A3, edge=1)
except TypeError as e:
    print("TypeError:", e)
