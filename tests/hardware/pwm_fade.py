# copper: args --board circuitplayground_express --virtual-time
# The Learn guide's PWM fade of the red LED: duty_cycle goes up and down
# in steps; frequency is what the timer makes (5 kHz exactly at 48 MHz).
import time
import board
import pwmio

led = pwmio.PWMOut(board.LED, frequency=5000, duty_cycle=0)
print(led.frequency, led.duty_cycle, led.variable_frequency)
for i in range(0, 65536, 16384):
    led.duty_cycle = i
    print(led.duty_cycle)
    time.sleep(0.01)
for i in range(65535, 0, -21845):
    led.duty_cycle = i
    print(led.duty_cycle)
    time.sleep(0.01)
led.deinit()
pwm = pwmio.PWMOut(board.LED)
print(pwm.frequency, pwm.duty_cycle)
pwm.deinit()
