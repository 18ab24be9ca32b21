# copper: args --board circuitplayground_express --virtual-time --stimulus pulseio_ir_nec.stim
# Receiving an IR remote on the Circuit Playground Express, the way the
# Learn guides do it: PulseIn on the receiver's output (active low, so
# idle_state=True), wait for a burst of pulses, then decode the NEC frame
# in Python. The stimulus plays the LG TV power code 0x20DF10EF at 1 s.
import time
import board
import pulseio

pulses = pulseio.PulseIn(board.REMOTEIN, maxlen=120, idle_state=True)
print("listening on", board.REMOTEIN, "maxlen", pulses.maxlen)

# Wait for the first pulse, then read until the line has been quiet for 0.1 s.
start = time.monotonic()
while len(pulses) == 0:
    if time.monotonic() - start > 5:
        raise SystemExit("no IR")
print("first pulse after", round(time.monotonic() - start, 1), "s")
received = []
last = time.monotonic()
while time.monotonic() - last < 0.1:
    if pulses:
        received.append(pulses.popleft())
        last = time.monotonic()
pulses.pause()
print("heard", len(received), "pulses")


def close(value, target):
    # Receivers stretch and shrink pulses: allow 25 %.
    return abs(value - target) < target / 4


def decode_nec(p):
    if len(p) < 67 or not close(p[0], 9000) or not close(p[1], 4500):
        return None
    bits = []
    for i in range(32):
        mark, space = p[2 + 2 * i], p[3 + 2 * i]
        if not close(mark, 562):
            return None
        bits.append(1 if space > 1000 else 0)
    code = 0
    for b in bits:   # the order they arrived in, first bit most significant
        code = code << 1 | b
    return code


print("header", received[0], received[1])
print("bit pulses", sorted(set(received[2:66])))
code = decode_nec(received)
print("code", hex(code))
# The bytes went out LSB first: address, ~address, command, ~command.
raw = [int("{:08b}".format((code >> s) & 0xFF)[::-1], 2) for s in (24, 16, 8, 0)]
print("address", hex(raw[0]), "command", hex(raw[1 + 1]))
print("checks", raw[0] ^ raw[1] == 0xFF, raw[2] ^ raw[3] == 0xFF)
pulses.deinit()
