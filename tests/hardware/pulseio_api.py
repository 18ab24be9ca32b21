# copper: args --board circuitplayground_express --virtual-time
# pulseio.PulseIn and PulseOut: defaults, the sequence protocol, pause and
# resume, deinit and the context manager, and CircuitPython's errors.
import array
import time
import board
import pulseio

p = pulseio.PulseIn(board.A1)
print(type(p).__name__, p.maxlen, p.paused, len(p), bool(p))


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: p.popleft())
attempt(lambda: p[0])
attempt(lambda: p[-1])
attempt(lambda: p["0"])
attempt(lambda: p[0:1])


def delete():
    del p[0]


attempt(delete)
attempt(lambda: pulseio.PulseIn(board.D6))      # D6 is A1
attempt(lambda: pulseio.PulseIn(5))
p.pause()
print("paused", p.paused)
p.resume()
print("resumed", p.paused)
p.resume(trigger_duration=0)
p.clear()
print(len(p))
p.deinit()
p.deinit()
attempt(lambda: len(p))
attempt(lambda: p.maxlen)
attempt(lambda: p.pause())
attempt(lambda: p.popleft())

with pulseio.PulseIn(board.A1, maxlen=10, idle_state=True) as q:
    print("in with", q.maxlen, len(q))
attempt(lambda: q.paused)
r = pulseio.PulseIn(board.A1, 3)   # free again after the with block
print(r.maxlen)
r.deinit()

out = pulseio.PulseOut(board.REMOTEOUT)
start = time.monotonic()
out.send(array.array("H", [9000, 4500, 562]))
# send() returns when the last pulse is out: 14.062 ms later.
print("send took", round((time.monotonic() - start) * 1000), "ms")
attempt(lambda: out.send(b"\x01\x02"))
attempt(lambda: out.send(array.array("B", [1, 2])))
attempt(lambda: out.send(array.array("h", [1, 2])))
attempt(lambda: out.send(5))
attempt(lambda: pulseio.PulseOut(board.IR_TX))
attempt(lambda: pulseio.PulseOut(board.A2, frequency=0))
out.deinit()
attempt(lambda: out.send(array.array("H", [100])))
with pulseio.PulseOut(board.IR_TX, frequency=40000, duty_cycle=0x4000) as o2:
    o2.send(array.array("H"))
print("done")
