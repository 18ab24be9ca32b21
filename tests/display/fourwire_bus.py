# copper: args --board metro_m4_express --virtual-time
# fourwire.FourWire on a busio.SPI: its checks, the pins it claims, the
# SPI lock it takes only for a transaction (so other code can use the
# bus between them), reset() and send(); displayio.release_displays()
# frees its pins and leaves the SPI bus to the program.
import board
import busio
import digitalio
import displayio
import fourwire


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


spi = busio.SPI(board.SCK, MOSI=board.MOSI)
attempt(lambda: fourwire.FourWire(1, command=board.D9, chip_select=board.D10))
attempt(lambda: fourwire.FourWire(spi, command=board.D9, chip_select=board.D10, polarity=2))
attempt(lambda: fourwire.FourWire(spi, command=5, chip_select=board.D10))
attempt(lambda: fourwire.FourWire(spi, board.D9))
cs = digitalio.DigitalInOut(board.D10)
attempt(lambda: fourwire.FourWire(spi, command=board.D9, chip_select=board.D10))
attempt(lambda: fourwire.FourWire(spi, command=board.D9, chip_select=board.D11, reset=board.D11))
cs.deinit()

bus = fourwire.FourWire(spi, command=board.D9, chip_select=board.D10, reset=board.D11, baudrate=1000000)
print(type(bus).__name__)
attempt(lambda: digitalio.DigitalInOut(board.D9))
attempt(lambda: fourwire.FourWire(spi, command=board.D5, chip_select=board.D6))

bus.reset()
bus.send(0x2A, b"\x00\x00\x00\x7f")
bus.send(0x2C, bytearray(8), toggle_every_byte=True)
bus.send(0x29, b"")
print(spi.frequency)
attempt(lambda: bus.send(256, b""))
attempt(lambda: bus.send(0x2A, 5))
attempt(lambda: bus.send(0x2A))

# Between transactions the SPI bus is the program's.
print(spi.try_lock())
spi.configure(baudrate=250000)
spi.write(b"\x55")
print(spi.frequency)
spi.unlock()
bus.send(0x2A, b"\x00")
print(spi.frequency)

# A deinitialised SPI bus under the display bus.
spi.deinit()
attempt(lambda: bus.send(0x29, b""))

displayio.release_displays()
attempt(lambda: bus.send(0x29, b""))
attempt(lambda: bus.reset())
for pin in (board.D9, board.D10, board.D11):
    digitalio.DigitalInOut(pin).deinit()
print("pins free")

# Without a reset pin, or a data/command pin (9-bit mode).
spi = busio.SPI(board.SCK, MOSI=board.MOSI)
nine = fourwire.FourWire(spi, chip_select=board.D10)
attempt(lambda: nine.reset())
nine.send(0x2A, b"\x01\x02\x03")
displayio.release_displays()
slow = fourwire.FourWire(spi, command=board.D9, chip_select=board.D10, baudrate=0)
slow.send(0x29, b"")
print(spi.frequency, spi.try_lock())
