# copper: args --board pybadge --virtual-time --run-for 3s
# vectorio shapes over a bitmap background: Rectangle, Circle and Polygon
# (concave, and a self-crossing star filled by the nonzero winding rule),
# overlapping in the order they were appended, some of them in a scale-2
# group. Two CircuitPython behaviours show: a group's scale moves a shape
# (its x and y are doubled) but does not enlarge it, and a shape whose
# colour the palette makes transparent still covers what is below it
# (black).
# The image must show, on dark blue with a grey grid line every 16
# pixels: a red 60x40 rectangle at (10, 10); a green circle of radius 20
# centred at (60, 40) over it; a yellow five-pointed star, its centre
# filled too, in the box (84, 4)-(124, 42); a white arrow-shaped concave
# polygon pointing right in the box (122, 40)-(156, 60); from
# the scale-2 group at (0, 64): a 20x10 red rectangle at (10, 74), a
# green circle of radius 8 centred at (60, 96) and a yellow triangle with
# corners (100, 74), (120, 74), (110, 90), none of them enlarged; and a
# black disc of radius 15 centred at (135, 105) hiding the grid.
import time
import board
import displayio
import vectorio

background = displayio.Bitmap(160, 128, 2)
for y in range(128):
    for x in range(160):
        background[x, y] = 1 if x % 16 == 0 or y % 16 == 0 else 0
background_palette = displayio.Palette(2)
background_palette[0] = 0x000040
background_palette[1] = 0x606060

palette = displayio.Palette(5)
palette[0] = 0xFF0000
palette[1] = 0x00FF00
palette[2] = 0xFFFF00
palette[3] = 0xFFFFFF
palette[4] = 0xFF00FF
palette.make_transparent(4)

STAR = [(20, 0), (32, 38), (0, 14), (40, 14), (8, 38)]
ARROW = [(0, 5), (20, 5), (20, 0), (34, 10), (20, 20), (20, 15), (0, 15)]

screen = displayio.Group()
screen.append(displayio.TileGrid(background, pixel_shader=background_palette))
screen.append(vectorio.Rectangle(pixel_shader=palette, width=60, height=40, x=10, y=10))
screen.append(vectorio.Circle(pixel_shader=palette, radius=20, x=60, y=40, color_index=1))
screen.append(vectorio.Polygon(pixel_shader=palette, points=STAR, x=84, y=4, color_index=2))
screen.append(vectorio.Polygon(pixel_shader=palette, points=ARROW, x=122, y=40, color_index=3))

scaled = displayio.Group(scale=2, y=64)
scaled.append(vectorio.Rectangle(pixel_shader=palette, width=20, height=10, x=5, y=5))
scaled.append(vectorio.Circle(pixel_shader=palette, radius=8, x=30, y=16, color_index=1))
scaled.append(vectorio.Polygon(pixel_shader=palette, points=[(0, 0), (20, 0), (10, 16)], x=50, y=5,
                               color_index=2))
screen.append(scaled)

screen.append(vectorio.Circle(pixel_shader=palette, radius=15, x=135, y=105, color_index=4))

board.DISPLAY.root_group = screen
while True:
    time.sleep(1)
