# copper: args --board pybadge --virtual-time --run-for 3s
# Group scaling and nesting: a child's position is scaled by its parent
# groups and its pixels by the product of their scales (2 inside 2 is 4,
# 2 inside 3 is 6); hidden groups and layers draw nothing.
# The image must show, on black, the same 4x4 sprite (red top, green
# right, white bottom, blue left, hollow middle) along the top at scale 1
# (at (4, 4)), 2 (at (12, 4)), 4 (at (34, 10): a scale-2 group at (28, 4)
# holding a scale-2 group at (1, 1) holding the sprite at (1, 1)), 6 (at
# (60, 4)) and 8 (at (100, 4)); below them, from (4, 50), a row of five
# scale-3 sprites 18 pixels apart whose middle one is missing (hidden),
# and under that a row of three scale-2 sprites at (4, 90), (20, 90) and
# (36, 90); nothing else (a hidden group holds a white block at the
# bottom right).
import time
import board
import displayio

ART = ("RRRG", "B..G", "B..G", "BWWW")
COLORS = {".": 0x000000, "R": 0xFF0000, "G": 0x00FF00, "B": 0x0000FF, "W": 0xFFFFFF}
INDEX = {letter: i for i, letter in enumerate(COLORS)}

bitmap = displayio.Bitmap(4, 4, len(COLORS))
for y, line in enumerate(ART):
    for x, letter in enumerate(line):
        bitmap[x, y] = INDEX[letter]
palette = displayio.Palette(len(COLORS))
for letter, color in COLORS.items():
    palette[INDEX[letter]] = color
palette.make_transparent(0)


def sprite(x=0, y=0):
    return displayio.TileGrid(bitmap, pixel_shader=palette, x=x, y=y)


def group(scale, x, y, *layers):
    g = displayio.Group(scale=scale, x=x, y=y)
    for layer in layers:
        g.append(layer)
    return g


screen = displayio.Group()
screen.append(sprite(4, 4))
screen.append(group(2, 12, 4, sprite()))
screen.append(group(2, 28, 4, group(2, 1, 1, sprite(1, 1))))
screen.append(group(3, 60, 4, group(2, 0, 0, sprite())))
screen.append(group(2, 100, 4, group(2, 0, 0, group(2, 0, 0, sprite()))))

row = group(3, 4, 50, *[sprite(6 * i, 0) for i in range(5)])
row[2].hidden = True
screen.append(row)
screen.append(group(2, 4, 90, *[sprite(8 * i, 0) for i in range(3)]))

block = displayio.Bitmap(20, 20, 1)
white = displayio.Palette(1)
white[0] = 0xFFFFFF
hidden = group(1, 130, 100, displayio.TileGrid(block, pixel_shader=white))
hidden.hidden = True
screen.append(hidden)

board.DISPLAY.root_group = screen
while True:
    time.sleep(1)
