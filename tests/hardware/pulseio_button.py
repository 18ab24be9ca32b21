# copper: args --board circuitplayground_express --virtual-time --stimulus pulseio_button.stim
# PulseIn timing button A's presses (high while pressed, so idle_state is
# False): durations in microseconds, 65535 for anything longer, the oldest
# dropped when maxlen is reached, nothing recorded while paused, and after
# resume() timing starts again at the next press.
import time
import board
import pulseio

p = pulseio.PulseIn(board.BUTTON_A, maxlen=2)
time.sleep(1.1)
# pressed from 1 s to 1.05 s
print(len(p), p[0])
time.sleep(0.9)
# released for 150 ms (too long: 65535), then pressed for 10 ms; the
# 50 ms press was pushed out
print(len(p), [p[i] for i in range(len(p))], p[-1])
print(p.popleft(), p.popleft(), len(p), bool(p))
p.pause()
time.sleep(0.9)
# the press at 2.5 s went unseen
print(len(p), p.paused)
p.resume()
time.sleep(1)
# pressed from 3.5 s to 3.502 s
print(len(p), p[0], p.paused)
p.deinit()
