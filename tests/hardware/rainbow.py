# copper: args --board circuitplayground_express --virtual-time
# rainbowio.colorwheel: red at 0, green at 85, blue at 170, wrapping at 256;
# float positions and whole turns work as in CircuitPython.
from rainbowio import colorwheel

for pos in (0, 1, 42, 84, 85, 127, 169, 170, 212, 255, 256, 300, 511, 42.5, 100.9):
    print(pos, "%06x" % colorwheel(pos))
try:
    colorwheel("red")
except TypeError:
    print("TypeError")
