# copper: args --board pygamer --virtual-time --stimulus sim_board_pygamer.stim
# The simulated PyGamer: the joystick rests at mid-supply (12-bit 2048 ->
# 32776); `joystick 1 -0.5` puts X at 3.3 V (65535) and Y at 0.825 V
# (1024 -> 16388).
import sys
import time
import board
import analogio
import microcontroller

print(board.board_id, sys.platform)
print(board.NEOPIXEL, board.LIGHT, board.SD_CS, board.JOYSTICK_X)
print(microcontroller.cpu.frequency, len(microcontroller.cpu.uid), len(microcontroller.nvm))
x = analogio.AnalogIn(board.JOYSTICK_X)
y = analogio.AnalogIn(board.JOYSTICK_Y)
print(x.value, y.value)
time.sleep(1)
print(x.value, y.value)
