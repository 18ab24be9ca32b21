# copper: args --board circuitplayground_express --virtual-time
# A hobby servo on A2: 50 Hz pulses of 1 ms (0 degrees) to 2 ms (180
# degrees), i.e. duty 1/20 .. 2/20 of 65535.
import time
import board
import pwmio

servo = pwmio.PWMOut(board.A2, duty_cycle=2**15, frequency=50)
print(servo.frequency)


def pulse_ms(ms):
    return int(ms / 20 * 65535)


for ms in (1.0, 1.5, 2.0):
    servo.duty_cycle = pulse_ms(ms)
    print(ms, servo.duty_cycle)
    time.sleep(0.5)
servo.deinit()
