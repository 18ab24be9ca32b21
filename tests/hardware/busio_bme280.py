# copper: args --board metro_m4_express --virtual-time --i2c bme280@0x77
# A BME280 breakout on the Metro M4's STEMMA/I2C pins, read through a
# small driver (mods/bme280.py) written from Bosch's datasheet: chip id
# 0x60 and the compensated readings of the simulated environment (25.0
# degC, 1013.25 hPa, 40 %RH; see docs/simulation.md).
import sys
import time
import board

sys.path.insert(0, "mods")
import bme280

i2c = board.I2C()
print(board.I2C() is i2c)
while not i2c.try_lock():
    pass
print([hex(a) for a in i2c.scan()])
i2c.unlock()

sensor = bme280.BME280(i2c)
print(hex(sensor.chip_id))
time.sleep(0.1)   # the first measurement of normal mode
print(round(sensor.temperature, 1))
print(round(sensor.pressure, 2))
print(round(sensor.relative_humidity))
try:
    bme280.BME280(i2c, address=0x76)
except ValueError as e:
    print("ValueError:", e)
