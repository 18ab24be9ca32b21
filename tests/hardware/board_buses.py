# copper: args --board pybadge
# board.I2C(), SPI() and UART() build their busio object on first use and
# return the same one afterwards; STEMMA_I2C is the same object as I2C on
# the PyBadge. The pins stay claimed by the singleton.
import board
import busio

i2c = board.I2C()
print(type(i2c).__name__, i2c is board.I2C(), board.STEMMA_I2C() is i2c)
spi = board.SPI()
print(type(spi).__name__, spi is board.SPI())
uart = board.UART()
print(type(uart).__name__, uart is board.UART())
try:
    busio.I2C(board.SCL, board.SDA)
except ValueError as e:
    print("ValueError:", e)
print("I2C" in dir(board), "STEMMA_I2C" in dir(board), "DISPLAY" in dir(board))
# A deinitialised singleton is replaced by a new one on the next call,
# which claims the pins again.
i2c.deinit()
again = board.I2C()
print(again is i2c, again.try_lock(), board.I2C() is again)
again.unlock()
spi.deinit()
print(board.SPI() is spi, board.SPI() is board.SPI())
