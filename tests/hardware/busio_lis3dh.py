# copper: args --board circuitplayground_express --virtual-time --stimulus busio_lis3dh.stim
# A small LIS3DH driver (mods/lis3dh.py, over adafruit_bus_device) reads
# the Circuit Playground's accelerometer: flat on the table, then tilted
# onto its side by the stimulus at 1 s; a tap at 2 s shows in CLICK_SRC.
import sys
import time
import board
import busio

sys.path.insert(0, "mods")
import lis3dh

i2c = busio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SDA)
accel = lis3dh.LIS3DH(i2c)
accel.set_tap(1, 60)
time.sleep(0.1)


def show():
    x, y, z = accel.acceleration
    print([round(v, 1) for v in (x, y, z)])


show()
print("tapped:", accel.tapped)
time.sleep(1.0)
show()
time.sleep(1.0)
print("tapped:", accel.tapped)
