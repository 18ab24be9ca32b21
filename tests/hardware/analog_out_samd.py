# copper: args --board circuitplayground_express
# The SAMD21's DAC is on A0 only: value is write-only, 16 bits.
import board
import analogio

dac = analogio.AnalogOut(board.A0)
dac.value = 0
dac.value = 32768
dac.value = 65535
for bad in (65536, -1):
    try:
        dac.value = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    dac.value
except AttributeError:
    print("AttributeError")
dac.deinit()
try:
    dac.value = 1
except ValueError as e:
    print("ValueError:", e)
with analogio.AnalogOut(board.A0) as again:
    again.value = 1000
print("done")
