# copper: args --board metro_m4_express --virtual-time --stimulus keypad_matrix.stim
# keypad.KeyMatrix scanning a 2x2 matrix of switches (rows D5, D6,
# columns D10, D11) as a macropad guide wires one. The stimulus closes the
# switch between a row and a column pin (`press D5+D10`); key numbers are
# row * columns + column, two keys may be down at once.
import time
import board
import keypad

km = keypad.KeyMatrix(row_pins=(board.D5, board.D6), column_pins=(board.D10, board.D11))
print(km.key_count)
start = time.monotonic()
while time.monotonic() - start < 2:
    event = km.events.get()
    if event:
        print(event, km.key_number_to_row_column(event.key_number))
    time.sleep(0.01)
km.deinit()
