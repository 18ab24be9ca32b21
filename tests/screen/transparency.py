# copper: args --board pybadge --virtual-time --run-for 5s --snapshot 2s
# Palette transparency between overlapping layers: transparent entries
# show whatever is below them (another layer, or the black of no layer at
# all), and make_opaque() later covers it with the entry's own colour.
# transparency-2.000s.png must show: eight vertical stripes (red, orange,
# yellow, green, cyan, blue, magenta, white, 20 pixels each) over the top
# 100 rows, black below them; a white frame 4 pixels wide from (30, 20) to
# (129, 79) through whose inside the stripes show, with a row of small
# navy squares (6x6) along the inside of its bottom edge whose gaps also
# show the stripes; an orange disc (radius 15, centre (125, 75)) over the
# frame's bottom right corner, with a 13x13 square hole through which the
# frame's corner, its inside and the stripes outside it show.
# transparency.png (after make_opaque): the same, but the frame's inside
# is navy (the stripes gone there, squares and gaps all navy) and the
# disc's hole is green.
import time
import board
import displayio

STRIPES = (0xFF0000, 0xFF8000, 0xFFFF00, 0x00FF00, 0x00FFFF, 0x0000FF, 0xFF00FF, 0xFFFFFF)
NAVY = 0x000080

# Bottom: the stripes, over the top 100 rows.
stripes = displayio.Bitmap(160, 100, 8)
for x in range(160):
    for y in range(100):
        stripes[x, y] = x // 20
stripe_palette = displayio.Palette(8)
for i, color in enumerate(STRIPES):
    stripe_palette[i] = color

# Middle: a frame, transparent inside (0), white border (1), navy squares (2).
frame = displayio.Bitmap(100, 60, 3)
for x in range(100):
    for y in range(60):
        if x < 4 or x >= 96 or y < 4 or y >= 56:
            frame[x, y] = 1
        elif 46 <= y < 52 and (x // 6) % 2:
            frame[x, y] = 2
frame_palette = displayio.Palette(3)
frame_palette[0] = NAVY
frame_palette.make_transparent(0)
frame_palette[1] = 0xFFFFFF
frame_palette[2] = NAVY

# Top: a disc with a square hole (2, transparent) and transparent corners (0).
disc = displayio.Bitmap(31, 31, 3)
for x in range(31):
    for y in range(31):
        if abs(x - 15) <= 6 and abs(y - 15) <= 6:
            disc[x, y] = 2
        elif (x - 15) ** 2 + (y - 15) ** 2 <= 225:
            disc[x, y] = 1
disc_palette = displayio.Palette(3)
disc_palette.make_transparent(0)
disc_palette[1] = 0xFF8000
disc_palette[2] = 0x00FF00
disc_palette.make_transparent(2)

screen = displayio.Group()
screen.append(displayio.TileGrid(stripes, pixel_shader=stripe_palette))
screen.append(displayio.TileGrid(frame, pixel_shader=frame_palette, x=30, y=20))
screen.append(displayio.TileGrid(disc, pixel_shader=disc_palette, x=110, y=60))
board.DISPLAY.root_group = screen
time.sleep(3)

frame_palette.make_opaque(0)
disc_palette.make_opaque(2)
while True:
    time.sleep(1)
