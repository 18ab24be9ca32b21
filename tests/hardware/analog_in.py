# copper: args --board circuitplayground_express --virtual-time --stimulus analog_in.stim
# Reading a voltage on A1 (the Learn guide's potentiometer example): 1.2 V
# arrives at 0.5 s. The SAMD21 samples 12 bits, scaled to 16 as
# (v << 4) | (v >> 8): 1.2 / 3.3 * 4095 = 1489 -> 23829.
import time
import board
import analogio

analog_in = analogio.AnalogIn(board.A1)


def get_voltage(pin):
    return (pin.value * 3.3) / 65535


print(analog_in.reference_voltage)
print(analog_in.value)
time.sleep(1)
print(analog_in.value)
print(round(get_voltage(analog_in), 3))
print(analog_in.value == (1489 << 4) | (1489 >> 8))
analog_in.deinit()
with analogio.AnalogIn(board.A1) as again:
    print(again.value)
