# copper: args --board metro_m4_express
# The board module of the metro_m4_express: every name of its pins.c (CIRCUITPYTHON.md
# section 3.1), the bus singletons, board_id; each alias is the same Pin,
# whose repr names the pin's first board name.
import board
import microcontroller

print(board.board_id)
print(dir(board))
print(sorted(n for n in dir(board) if isinstance(getattr(board, n), microcontroller.Pin)) == sorted(set(dir(board)) - {"__name__", "board_id", "I2C", "SPI", "UART", "STEMMA_I2C"}))
print(repr(board.A0))
print(repr(board.A1))
print(repr(board.A2))
print(repr(board.A3))
print(repr(board.A4))
print(repr(board.A5))
print(board.D0 is board.RX, repr(board.RX))
print(board.D1 is board.TX, repr(board.TX))
print(repr(board.D2))
print(repr(board.D3))
print(repr(board.D4))
print(repr(board.D5))
print(repr(board.D6))
print(repr(board.D7))
print(repr(board.D8))
print(repr(board.D9))
print(repr(board.D10))
print(repr(board.D11))
print(repr(board.D12))
print(board.LED is board.D13, repr(board.D13))
print(repr(board.SDA))
print(repr(board.SCL))
print(repr(board.NEOPIXEL))
print(repr(board.SCK))
print(repr(board.MOSI))
print(repr(board.MISO))
print(repr(board.LED_RX))
print(repr(board.LED_TX))
print(repr(microcontroller.pin.PA02))
# The Metro M4's analog pins are not digital aliases (no D14..D19), and
# the LED is D13 on PA16.
print(hasattr(board, "D14"), board.A0 is board.D13, board.LED is board.D13, repr(board.D13))
print(microcontroller.pin.PA16 is board.LED, repr(microcontroller.pin.PA27))
