# copper: args --board feather_nrf52840_express --virtual-time --stimulus sim_board_feather52.stim
# The simulated Feather nRF52840: LED is L (not D13), a 14-bit ADC scaled
# to 16 bits as (v << 2) | (v >> 12): the battery monitor at 2.1 V is
# sample 10426 -> 41706; 1.2 V on A0 is 5957 -> 23829.
import sys
import time
import board
import analogio
import microcontroller

print(board.board_id, sys.platform)
print(board.LED, board.D13, board.BATTERY, board.D2)
print(microcontroller.cpu.frequency, len(microcontroller.cpu.uid), len(microcontroller.nvm))
with analogio.AnalogIn(board.VOLTAGE_MONITOR) as v:
    print(v.value)
a0 = analogio.AnalogIn(board.A0)
print(a0.value)
time.sleep(1)
print(a0.value)
