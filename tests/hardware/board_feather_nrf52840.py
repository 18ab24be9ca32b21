# copper: args --board feather_nrf52840_express
# The board module of the feather_nrf52840_express: every name of its pins.c (CIRCUITPYTHON.md
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
print(repr(board.AREF))
print(board.VOLTAGE_MONITOR is board.BATTERY, repr(board.BATTERY))
print(repr(board.SWITCH))
print(repr(board.NFC1))
print(board.NFC2 is board.D2, repr(board.D2))
print(repr(board.D5))
print(repr(board.D6))
print(repr(board.D9))
print(repr(board.D10))
print(repr(board.D11))
print(repr(board.D12))
print(repr(board.D13))
print(repr(board.NEOPIXEL))
print(repr(board.NEOPIXEL_POWER))
print(repr(board.SCK))
print(repr(board.MOSI))
print(repr(board.MISO))
print(repr(board.TX))
print(repr(board.RX))
print(repr(board.SCL))
print(repr(board.SDA))
print(board.L is board.LED is board.RED_LED is board.D3, repr(board.D3))
print(repr(board.BLUE_LED))
print(repr(microcontroller.pin.P0_04))
# On the Feather nRF52840 D13 is not the LED (the red LED is P1_15 = D3).
print(board.D13 is board.LED, board.D3 is board.RED_LED, repr(board.D13), repr(board.D3))
