# copper: args --board pybadge --virtual-time --run-for 3s
# Clipping at the panel's edges: layers at negative x and y and past the
# right and bottom edges show only their part on the glass, whatever
# their scale; layers wholly off the glass draw nothing.
# The image must show: a background of grey 10x10 checks, offset so the
# top-left check is cut to 5x4 pixels (a 200x150 bitmap at (-15, -6)); a
# 20x20 sprite of diagonal stripes (red, yellow, green, blue, with a white
# top row and left column) cut at each corner and the middle of each edge
# (only its bottom-right quarter at the top left, its top-left quarter at
# the bottom right, its right half at the left edge at y 54, its left half
# at the right edge at y 90, its lower 8 rows at the top at x 70, its
# upper 8 rows at the bottom at x 70); the same sprite at scale 3 off the
# right edge at (140, 14), of which 20x60 shows; a vectorio magenta circle of radius 12 centred on the bottom-left
# corner (a quarter shows) and a cyan triangle poking in from above the
# top edge at x 100-130; nothing from the layers at x 200, x -40 or y 300.
import time
import board
import displayio
import vectorio

checks = displayio.Bitmap(200, 150, 2)
for y in range(150):
    for x in range(200):
        checks[x, y] = (x // 10 + y // 10) % 2
check_palette = displayio.Palette(2)
check_palette[0] = 0x404040
check_palette[1] = 0x808080

sprite = displayio.Bitmap(20, 20, 6)
for y in range(20):
    for x in range(20):
        sprite[x, y] = 1 if x == 0 or y == 0 else 2 + (x + y) // 4 % 4
palette = displayio.Palette(6)
for i, color in enumerate((0x000000, 0xFFFFFF, 0xFF0000, 0xFFFF00, 0x00FF00, 0x0000FF)):
    palette[i] = color

screen = displayio.Group()
screen.append(displayio.TileGrid(checks, pixel_shader=check_palette, x=-15, y=-6))
for x, y in ((-10, -10), (150, 118), (-10, 54), (150, 90), (70, -12), (70, 120),
             (200, 10), (-40, 10), (10, 300)):
    screen.append(displayio.TileGrid(sprite, pixel_shader=palette, x=x, y=y))
big = displayio.Group(scale=3, x=140, y=14)
big.append(displayio.TileGrid(sprite, pixel_shader=palette))
screen.append(big)

shape_palette = displayio.Palette(2)
shape_palette[0] = 0xFF00FF
shape_palette[1] = 0x00FFFF
screen.append(vectorio.Circle(pixel_shader=shape_palette, radius=12, x=0, y=127))
screen.append(vectorio.Polygon(pixel_shader=shape_palette, points=[(0, -20), (30, -20), (15, 12)],
                               x=100, y=0, color_index=1))

board.DISPLAY.root_group = screen
while True:
    time.sleep(1)
