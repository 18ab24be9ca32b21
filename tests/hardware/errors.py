# copper: args --board circuitplayground_express --virtual-time
# Misuse gives CircuitPython's exceptions and messages.
import board
import analogio
import digitalio
import pwmio
import touchio
import countio
import rotaryio


def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


# a pin in use: named by its first board name, whichever alias was used
a1 = digitalio.DigitalInOut(board.A1)
attempt(digitalio.DigitalInOut, board.D6)
attempt(analogio.AnalogIn, board.SCK)
attempt(pwmio.PWMOut, board.A1)
attempt(touchio.TouchIn, board.A1)
a1.deinit()
a1.deinit()   # deinit twice is fine
# released on deinit: the pin can be used again
d6 = digitalio.DigitalInOut(board.D6)
d6.deinit()

# wrong types
attempt(digitalio.DigitalInOut, 13)
attempt(digitalio.DigitalInOut, "D13")
attempt(analogio.AnalogIn, None)

# pins that cannot do the job
attempt(analogio.AnalogIn, board.LED)
attempt(analogio.AnalogOut, board.A1)
attempt(pwmio.PWMOut, board.A0)
attempt(touchio.TouchIn, board.LED)

# deinitialised objects: every use raises, deinit stays quiet
led = digitalio.DigitalInOut(board.LED)
led.deinit()
attempt(getattr, led, "value")
attempt(setattr, led, "value", True)
attempt(getattr, led, "direction")
attempt(led.switch_to_output)
attempt(led.switch_to_input)
attempt(led.deinit)
with digitalio.DigitalInOut(board.LED) as led2:
    led2.switch_to_output(value=True)
    print(led2.value)
attempt(getattr, led2, "value")
ain = analogio.AnalogIn(board.A2)
ain.deinit()
attempt(getattr, ain, "value")
attempt(getattr, ain, "reference_voltage")

# digitalio direction rules
io = digitalio.DigitalInOut(board.D13)
attempt(setattr, io, "value", True)
attempt(getattr, io, "drive_mode")
io.switch_to_output(True, digitalio.DriveMode.OPEN_DRAIN)
print(io.drive_mode)
attempt(getattr, io, "pull")
attempt(setattr, io, "pull", digitalio.Pull.UP)
attempt(setattr, io, "direction", 1)
io.direction = digitalio.Direction.INPUT
attempt(setattr, io, "pull", 1)
attempt(io.switch_to_input, pull="up")
io.deinit()

# PWMOut: duty and frequency
attempt(pwmio.PWMOut, board.A2, duty_cycle=65536)
attempt(pwmio.PWMOut, board.A2, duty_cycle=-1)
attempt(pwmio.PWMOut, board.A2, frequency=0)
attempt(pwmio.PWMOut, board.A2, frequency=30000000)
pwm = pwmio.PWMOut(board.A2)
attempt(setattr, pwm, "duty_cycle", 70000)
attempt(setattr, pwm, "duty_cycle", 1.5)
attempt(setattr, pwm, "frequency", 1000)
pwm.deinit()
attempt(getattr, pwm, "duty_cycle")
var = pwmio.PWMOut(board.A2, frequency=1000, variable_frequency=True)
var.frequency = 2000
print(var.frequency)
attempt(setattr, var, "frequency", 0)
var.deinit()
