# copper: args --board circuitplayground_express --virtual-time --stimulus sim_count_turn.stim
# countio and rotaryio count the edges the stimulus makes: two presses on
# A1 (a floating pin: press drives it high) are two rising edges; `turn
# A5 A6 +2` is two detents forward, `-1` one back.
import time
import board
import countio
import rotaryio

c = countio.Counter(board.A1)
e = rotaryio.IncrementalEncoder(board.A5, board.A6)
for _ in range(6):
    print(c.count, e.position)
    time.sleep(0.5)
