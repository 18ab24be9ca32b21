# copper: args --board metro_m4_express --virtual-time
# busio.SPI on the Metro M4's SPI header with nothing attached (MISO reads
# high): the lock discipline, configure's checks, slices, the actual
# frequency, deinit; and adafruit_bus_device's SPIDevice driving a
# chip-select pin around a transfer.
import board
import busio
import digitalio
from adafruit_bus_device.spi_device import SPIDevice

spi = busio.SPI(board.SCK, MOSI=board.MOSI, MISO=board.MISO)
print(spi.frequency)
for bad in (lambda: spi.configure(baudrate=1000000), lambda: spi.write(b"x")):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(spi.try_lock(), spi.try_lock())
spi.configure(baudrate=1000000, polarity=1, phase=1)
print(spi.frequency)
for kw in ({"polarity": 2}, {"phase": -1}, {"bits": 16}):
    try:
        spi.configure(**kw)
    except ValueError as e:
        print("ValueError:", e)

buf = bytearray(b"\x00\x00\x00\x00\x00")
spi.readinto(buf, start=1, end=3, write_value=0x55)
print(buf)
spi.write(b"\x01\x02\x03", start=1)
spi.write(b"")
out = bytearray(b"\x10\x20\x30")
spi.write_readinto(out, out)
print(out)
spi.write_readinto(b"abc", buf, out_start=1, in_end=2)
print(buf)
for bad in (lambda: spi.write_readinto(b"abc", bytearray(2)), lambda: spi.readinto(b"abc")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
spi.unlock()

cs = digitalio.DigitalInOut(board.D10)
device = SPIDevice(spi, cs, baudrate=250000, polarity=0, phase=0)
print(cs.direction == digitalio.Direction.OUTPUT, cs.value)
with device as bus:
    print(bus is spi, cs.value, spi.frequency)
    bus.write(b"\x9f")
print(cs.value, spi.try_lock())
spi.unlock()

spi.deinit()
try:
    spi.write(b"x")
except ValueError as e:
    print("ValueError:", e)

try:
    busio.SPI(board.SCK)
except ValueError as e:
    print("ValueError:", e)
with busio.SPI(board.SCK, MISO=board.MISO) as rx_only:
    rx_only.try_lock()
    try:
        rx_only.write(b"x")
    except ValueError as e:
        print("ValueError:", e)
