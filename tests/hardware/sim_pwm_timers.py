# copper: args --board metro_m4_express --virtual-time
# SAMD51 PWM: D13 (PA16) and D12 (PA17) share a timer, so a second
# frequency there conflicts while the same one is fine; 0 Hz and more than
# half the 120 MHz clock are invalid; 7 MHz comes out as 120 MHz / 17.
import board
import pwmio

a = pwmio.PWMOut(board.D13, frequency=1000)
print(a.frequency)
try:
    pwmio.PWMOut(board.D12, frequency=2000)
except RuntimeError as e:
    print("RuntimeError:", e)
b = pwmio.PWMOut(board.D12, frequency=1000)
print(b.frequency)
for f in (0, 60000001):
    try:
        pwmio.PWMOut(board.D11, frequency=f)
    except ValueError as e:
        print("ValueError:", e)
c = pwmio.PWMOut(board.D11, frequency=7000000)
print(c.frequency)
