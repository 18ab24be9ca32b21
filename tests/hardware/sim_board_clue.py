# copper: args --board clue_nrf52840_express --virtual-time --stimulus sim_board_clue.stim
# The simulated CLUE: pin reprs use the first name (P13 for D13), 64 MHz,
# an 8-byte uid, and the buttons are active-low: pressed reads False with
# Pull.UP.
import sys
import time
import board
import digitalio
import microcontroller

print(board.board_id, sys.platform)
print(board.D13, board.LED, board.A0, board.BUTTON_A, board.SDA)
print(microcontroller.cpu.frequency, len(microcontroller.cpu.uid), len(microcontroller.nvm))
a = digitalio.DigitalInOut(board.BUTTON_A)
a.switch_to_input(pull=digitalio.Pull.UP)
b = digitalio.DigitalInOut(board.BUTTON_B)
b.switch_to_input(pull=digitalio.Pull.UP)
for _ in range(3):
    print(a.value, b.value)
    time.sleep(0.5)
