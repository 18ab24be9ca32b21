# copper: args --board pybadge --virtual-time
# displayio.CIRCUITPYTHON_TERMINAL is the console group board.DISPLAY
# shows at start-up; a program's group replaces it, None shows nothing,
# and assigning the constant brings the console back. A board without a
# display has no console group.
import board
import displayio

console = displayio.CIRCUITPYTHON_TERMINAL
print(type(console).__name__, board.DISPLAY.root_group is console)
group = displayio.Group()
board.DISPLAY.root_group = group
print(board.DISPLAY.root_group is group)
board.DISPLAY.root_group = None
print(board.DISPLAY.root_group)
board.DISPLAY.root_group = displayio.CIRCUITPYTHON_TERMINAL
print(board.DISPLAY.root_group is console)
try:
    group.append(console)
except ValueError as e:
    print("ValueError:", e)
