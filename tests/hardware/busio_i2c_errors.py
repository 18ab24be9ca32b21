# copper: args --board circuitplayground_express --virtual-time
# busio.I2C construction errors, as CircuitPython raises them: no pull-up
# resistors on the SCL/SDA pads (board.I2C() with nothing attached), the
# SAMD's lowest frequency, pin types, pins in use, the same pin twice.
import board
import busio

try:
    board.I2C()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    busio.I2C(board.SCL, board.SDA)
except RuntimeError as e:
    print("RuntimeError:", e)
# The failed attempts left the pins free.
import digitalio
d = digitalio.DigitalInOut(board.SCL)
d.deinit()

for kw in ({"frequency": 50000}, {"frequency": 0}):
    try:
        busio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SDA, **kw)
    except ValueError as e:
        print("ValueError:", e)
for args in ((3, board.SDA), (board.SCL, None)):
    try:
        busio.I2C(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    busio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SCL)
except ValueError as e:
    print("ValueError:", e)
try:
    busio.I2C(board.ACCELEROMETER_SCL)
except TypeError as e:
    print("TypeError")

led = digitalio.DigitalInOut(board.D13)
try:
    busio.I2C(board.ACCELEROMETER_SCL, board.D13)
except ValueError as e:
    print("ValueError:", e)
led.deinit()
i2c = busio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SDA, frequency=100000, timeout=1000)
print(type(i2c).__name__, hasattr(i2c, "frequency"))
i2c.deinit()
