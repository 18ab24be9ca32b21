# copper: args --board trinket_m0 --virtual-time
# The simulated Trinket M0: several names share a pin, the repr shows the
# first one in pins.c (D2 for MISO, D3 for SCK, D1 for A0).
import sys
import board
import microcontroller

print(board.board_id, sys.platform)
print(board.D13, board.MISO, board.SCK, board.A0, board.SDA, board.DOTSTAR_DATA)
print(microcontroller.cpu.frequency, len(microcontroller.cpu.uid), len(microcontroller.nvm))
