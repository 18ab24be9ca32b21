# copper: args --board pybadge --virtual-time --run-for 3s
# Bitmaps of colours rather than palette indices, through ColorConverter:
# 16-bit RGB565 values (Colorspace.RGB565), also with one value made
# transparent, and 8-bit grey levels (Colorspace.L8). An RGB565 value
# reaches the panel unchanged.
# The image must show: over the top 64 rows a gradient, red growing and
# blue fading from left to right, green growing from top to bottom; below
# it on the left, on a background of black and white 8x8 checks, an
# 80x64 block of four RGB565 colours in quadrants (orange top left, teal
# top right, purple bottom left, and bottom right transparent so the
# checks show); on the right an 80x64 grey ramp from black on the left to
# white on the right, with a mid-grey row through its middle (y 95-96).
import time
import board
import displayio

gradient = displayio.Bitmap(160, 64, 65536)
for y in range(64):
    for x in range(160):
        red = x * 32 // 160
        gradient[x, y] = red << 11 | y << 5 | (31 - red)
rgb565 = displayio.ColorConverter(input_colorspace=displayio.Colorspace.RGB565)

checks = displayio.Bitmap(80, 64, 2)
for y in range(64):
    for x in range(80):
        checks[x, y] = (x // 8 + y // 8) % 2
check_palette = displayio.Palette(2)
check_palette[0] = 0x000000
check_palette[1] = 0xFFFFFF

ORANGE, TEAL, PURPLE, HIDDEN = 0xFC00, 0x0410, 0x8010, 0x1234
quadrants = displayio.Bitmap(80, 64, 65536)
for y in range(64):
    for x in range(80):
        quadrants[x, y] = ((ORANGE, TEAL), (PURPLE, HIDDEN))[y // 32][x // 40]
see_through = displayio.ColorConverter(input_colorspace=displayio.Colorspace.RGB565)
see_through.make_transparent(HIDDEN)

ramp = displayio.Bitmap(80, 64, 256)
for y in range(64):
    for x in range(80):
        ramp[x, y] = 0x80 if y in (31, 32) else x * 255 // 79
grey = displayio.ColorConverter(input_colorspace=displayio.Colorspace.L8)

screen = displayio.Group()
screen.append(displayio.TileGrid(gradient, pixel_shader=rgb565))
screen.append(displayio.TileGrid(checks, pixel_shader=check_palette, y=64))
screen.append(displayio.TileGrid(quadrants, pixel_shader=see_through, y=64))
screen.append(displayio.TileGrid(ramp, pixel_shader=grey, x=80, y=64))
board.DISPLAY.root_group = screen
while True:
    time.sleep(1)
