# copper: args --board circuitplayground_express --virtual-time
# The simulated CPX as data: board id and platform, pin reprs (the first
# name in pins.c order), CPU clock, uid and nvm sizes, and the analog parts
# at rest (thermistor at 25 C: half of 3.3 V; 12-bit sample 2048 scaled to
# 16 bits as (v << 4) | (v >> 8) = 32776).
import sys
import board
import microcontroller
import analogio

print(board.board_id, sys.platform)
print(board.D13, board.D6, board.SCL, board.D12, board.A8, board.IR_RX)
print(microcontroller.cpu.frequency, len(microcontroller.cpu.uid), len(microcontroller.nvm))
with analogio.AnalogIn(board.TEMPERATURE) as t:
    print(t.value)
print("I2C" in dir(board), "SPI" in dir(board), "UART" in dir(board))
