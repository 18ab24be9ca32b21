# copper: args --board circuitplayground_express --virtual-time
# bitbangio.I2C and bitbangio.SPI have busio's API on any digital pins.
# (On the simulated board they drive the same simulated bus as busio, so
# the accelerometer answers the same way; see modules/bitbangio.c.)
import board
import bitbangio
import busio

i2c = bitbangio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SDA)
print(type(i2c) is not busio.I2C, type(i2c).__name__)
try:
    i2c.scan()
except RuntimeError as e:
    print("RuntimeError:", e)
i2c.try_lock()
print(i2c.scan(), i2c.probe(0x19))
buf = bytearray(1)
i2c.writeto_then_readfrom(0x19, b"\x0f", buf)
print(hex(buf[0]))
try:
    i2c.writeto(0x30, b"\x00")
except OSError as e:
    print("OSError:", e)
i2c.unlock()
i2c.deinit()
try:
    i2c.try_lock()
except ValueError as e:
    print("ValueError:", e)

spi = bitbangio.SPI(board.D6, MOSI=board.D10, MISO=board.D9)
print(hasattr(spi, "frequency"))
try:
    spi.write(b"x")
except RuntimeError as e:
    print("RuntimeError:", e)
spi.try_lock()
spi.configure(baudrate=500000)
inb = bytearray(2)
spi.write_readinto(b"\x01\x02", inb)
print(inb)
spi.unlock()
spi.deinit()
try:
    spi.try_lock()
except ValueError as e:
    print("ValueError:", e)
