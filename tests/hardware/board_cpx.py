# copper: args --board circuitplayground_express
# The board module of the circuitplayground_express: every name of its pins.c (CIRCUITPYTHON.md
# section 3.1), the bus singletons, board_id; each alias is the same Pin,
# whose repr names the pin's first board name.
import board
import microcontroller

print(board.board_id)
print(dir(board))
print(sorted(n for n in dir(board) if isinstance(getattr(board, n), microcontroller.Pin)) == sorted(set(dir(board)) - {"__name__", "board_id", "I2C", "SPI", "UART", "STEMMA_I2C"}))
print(board.A0 is board.D12 is board.SPEAKER, repr(board.SPEAKER))
print(board.A1 is board.D6 is board.SCK, repr(board.SCK))
print(board.A2 is board.D9 is board.MISO, repr(board.MISO))
print(board.A3 is board.D10 is board.MOSI, repr(board.MOSI))
print(board.A4 is board.D3 is board.SCL, repr(board.SCL))
print(board.A5 is board.D2 is board.SDA, repr(board.SDA))
print(board.A6 is board.D0 is board.RX, repr(board.RX))
print(board.A7 is board.D1 is board.TX, repr(board.TX))
print(board.LIGHT is board.A8, repr(board.A8))
print(board.TEMPERATURE is board.A9, repr(board.A9))
print(board.BUTTON_A is board.D4, repr(board.D4))
print(board.BUTTON_B is board.D5, repr(board.D5))
print(board.SLIDE_SWITCH is board.D7, repr(board.D7))
print(board.NEOPIXEL is board.D8, repr(board.D8))
print(board.LED is board.D13, repr(board.D13))
print(board.REMOTEIN is board.IR_RX, repr(board.IR_RX))
print(board.REMOTEOUT is board.IR_TX, repr(board.IR_TX))
print(repr(board.IR_PROXIMITY))
print(repr(board.MICROPHONE_CLOCK))
print(repr(board.MICROPHONE_DATA))
print(repr(board.ACCELEROMETER_INTERRUPT))
print(repr(board.ACCELEROMETER_SDA))
print(repr(board.ACCELEROMETER_SCL))
print(repr(board.SPEAKER_ENABLE))
print(repr(microcontroller.pin.PA02))
