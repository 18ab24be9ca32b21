# copper: args --board feather_nrf52840_express
# The nRF52840 has no DAC: AnalogOut raises NotImplementedError (after the
# pin itself was checked).
import board
import analogio
import digitalio

try:
    analogio.AnalogOut(board.A0)
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    analogio.AnalogOut(5)
except TypeError as e:
    print("TypeError:", e)
a0 = digitalio.DigitalInOut(board.A0)
try:
    analogio.AnalogOut(board.A0)
except ValueError as e:
    print("ValueError:", e)
a0.deinit()
ain = analogio.AnalogIn(board.A0)
print(ain.reference_voltage, ain.value)
