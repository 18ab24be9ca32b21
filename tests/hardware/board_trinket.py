# copper: args --board trinket_m0
# The board module of the trinket_m0: every name of its pins.c (CIRCUITPYTHON.md
# section 3.1), the bus singletons, board_id; each alias is the same Pin,
# whose repr names the pin's first board name.
import board
import microcontroller

print(board.board_id)
print(dir(board))
print(sorted(n for n in dir(board) if isinstance(getattr(board, n), microcontroller.Pin)) == sorted(set(dir(board)) - {"__name__", "board_id", "I2C", "SPI", "UART", "STEMMA_I2C"}))
print(board.D0 is board.A2 is board.SDA, repr(board.SDA))
print(board.D1 is board.A0, repr(board.A0))
print(board.D2 is board.A1 is board.SCL is board.MISO, repr(board.MISO))
print(board.D4 is board.A4 is board.TX is board.MOSI, repr(board.MOSI))
print(board.D3 is board.A3 is board.RX is board.SCK, repr(board.SCK))
print(board.LED is board.D13, repr(board.D13))
print(board.APA102_MOSI is board.DOTSTAR_DATA, repr(board.DOTSTAR_DATA))
print(board.APA102_SCK is board.DOTSTAR_CLOCK, repr(board.DOTSTAR_CLOCK))
print(repr(microcontroller.pin.PA08))
