# copper: args --board circuitplayground_express --virtual-time
# busio.I2C on the Circuit Playground Express's accelerometer bus: the
# LIS3DH answers at 0x19 (WHO_AM_I 0x33); the lock discipline, slices,
# probe/scan, missing devices and deinit behave as CircuitPython's.
import board
import busio

i2c = busio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SDA)
try:
    i2c.scan()
except RuntimeError as e:
    print("RuntimeError:", e)
print(i2c.try_lock(), i2c.try_lock())
print([hex(a) for a in i2c.scan()])
print(i2c.probe(0x19), i2c.probe(0x18), i2c.probe(0x200))

# WHO_AM_I through a repeated start, then through write + read.
buf = bytearray(3)
i2c.writeto_then_readfrom(0x19, bytes([0x0F]), buf, in_start=1, in_end=2)
print(buf)
i2c.writeto(0x19, b"\xff\x0f", start=1)
i2c.readfrom_into(0x19, buf, end=1)
print(hex(buf[0]))
# The same buffer out and in; a memoryview slice as the target.
buf[0] = 0x0F
i2c.writeto_then_readfrom(0x19, buf, buf, out_end=1, in_start=2)
print(hex(buf[2]))
mv = memoryview(buf)
i2c.writeto_then_readfrom(0x19, b"\x0f", mv[1:2])
print(hex(buf[1]))
# An empty write only polls the device.
i2c.writeto(0x19, b"")

for bad in (lambda: i2c.writeto(0x18, b"\x00"), lambda: i2c.readfrom_into(0x52, buf)):
    try:
        bad()
    except OSError as e:
        print("OSError:", e, e.errno)
for bad in (lambda: i2c.readfrom_into(0x19, bytearray(0)),
            lambda: i2c.readfrom_into(0x19, buf, start=3),
            lambda: i2c.writeto_then_readfrom(0x19, b"\x0f", bytearray(2), in_start=2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: i2c.readfrom_into(0x19, b"xx"), lambda: i2c.writeto(0x19, "text")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

i2c.unlock()
try:
    i2c.readfrom_into(0x19, buf)
except RuntimeError as e:
    print("RuntimeError:", e)

# The pins stay claimed until deinit.
try:
    busio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SDA)
except ValueError as e:
    print("ValueError:", e)
i2c.deinit()
i2c.deinit()
for bad in (i2c.scan, i2c.try_lock, i2c.unlock):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

with busio.I2C(board.ACCELEROMETER_SCL, board.ACCELEROMETER_SDA, frequency=400000) as i2c2:
    while not i2c2.try_lock():
        pass
    print(i2c2.scan())
try:
    i2c2.scan()
except ValueError as e:
    print("after with:", e)
