# copper: args --board pybadge --virtual-time --run-for 5s --snapshot 2s
# bitmaptools drawing into a Bitmap that a TileGrid shows: fill_region,
# draw_line in every direction, draw_circle, draw_polygon, boundary_fill
# and rotozoom (CircuitPython's algorithms, so the pixels are the
# hardware's), and a second round of drawing after the first frame, which
# the display must pick up from the bitmap's changed area.
# bitmaptools_drawing-2.000s.png must show, on black: a red 36x26 block
# at (4, 4); a yellow sunburst of 16 lines from (120, 30) (radius 25,
# every direction); a green circle outline of radius 25 around (40, 80)
# filled blue inside by boundary_fill, with a single green dot at its
# centre; a white triangle outline (84, 60), (104, 100), (64, 100) and a
# magenta line from (60, 90) to (108, 70) across it and into the circle;
# and the 16x16 arrow sprite (cyan shaft, magenta head, pointing right)
# copied by rotozoom twice: at (110, 80) unturned, and turned 30 degrees
# clockwise at 1.5 times its size around its centre, centred on (136, 104).
# bitmaptools_drawing.png (after the second round): the same with a white
# 10x10 block at (46, 4) and a red line from (0, 127) to (159, 120)
# along the bottom.
import math
import time
import array
import board
import bitmaptools
import displayio

BLACK, RED, YELLOW, GREEN, BLUE, WHITE, MAGENTA, CYAN = range(8)
palette = displayio.Palette(8)
for i, color in enumerate((0x000000, 0xFF0000, 0xFFFF00, 0x00FF00, 0x0000FF, 0xFFFFFF, 0xFF00FF, 0x00FFFF)):
    palette[i] = color
canvas = displayio.Bitmap(160, 128, 8)

bitmaptools.fill_region(canvas, 4, 4, 40, 30, RED)
for i in range(16):
    angle = i * math.pi / 8
    bitmaptools.draw_line(canvas, 120, 30, 120 + round(25 * math.cos(angle)), 30 + round(25 * math.sin(angle)),
                          YELLOW)
bitmaptools.draw_circle(canvas, 40, 80, 25, GREEN)
bitmaptools.boundary_fill(canvas, 40, 80, BLUE, BLACK)
bitmaptools.draw_circle(canvas, 40, 80, 0, GREEN)
bitmaptools.draw_polygon(canvas, array.array("h", [84, 104, 64]), array.array("h", [60, 100, 100]), WHITE)
bitmaptools.draw_line(canvas, 60, 90, 108, 70, MAGENTA)

arrow = displayio.Bitmap(16, 16, 8)
bitmaptools.fill_region(arrow, 1, 6, 10, 10, CYAN)
bitmaptools.draw_polygon(arrow, array.array("h", [10, 15, 10]), array.array("h", [2, 8, 13]), MAGENTA)
bitmaptools.boundary_fill(arrow, 12, 8, MAGENTA, BLACK)
bitmaptools.rotozoom(canvas, arrow, ox=118, oy=88, px=8, py=8, skip_index=BLACK)
bitmaptools.rotozoom(canvas, arrow, ox=136, oy=104, px=8, py=8, angle=math.pi / 6, scale=1.5, skip_index=BLACK)

screen = displayio.Group()
screen.append(displayio.TileGrid(canvas, pixel_shader=palette))
board.DISPLAY.root_group = screen
time.sleep(3)

bitmaptools.fill_region(canvas, 46, 4, 56, 14, WHITE)
bitmaptools.draw_line(canvas, 0, 127, 159, 120, RED)
while True:
    time.sleep(1)
