# copper: args --board clue_nrf52840_express --virtual-time --run-for 3s
# A dashboard on the CLUE's 240x240 display, the way CLUE guides build
# one: a banded background drawn with bitmaptools.fill_region, a title in
# the built-in font at scale 3, a vectorio gauge (two circles and a
# needle polygon) and a bar chart of vectorio rectangles.
# The image must show: sixteen horizontal bands 15 pixels tall from dark
# blue at the top to light blue at the bottom; "CLUE 240" in white at
# scale 3 at the top left; a gauge centred at (70, 130): a yellow disc of
# radius 50 with a dark grey disc of radius 40 on it (a yellow ring) and
# a red needle from the centre towards the top right; five green bars standing on y 220 at x 140, 160, 180, 200, 220
# (16 wide, 20 to 100 tall, growing to the right); and a white one-pixel
# frame around the whole screen.
import time
import board
import bitmaptools
import displayio
import terminalio
import vectorio

display = board.DISPLAY
W, H = display.width, display.height

background = displayio.Bitmap(W, H, 17)
bands = displayio.Palette(17)
for i in range(16):
    bands[i] = (i * 8) << 8 | (64 + i * 12)
    bitmaptools.fill_region(background, 0, i * 15, W, i * 15 + 15, i)
bands[16] = 0xFFFFFF
for x1, y1, x2, y2 in ((0, 0, W, 1), (0, H - 1, W, H), (0, 0, 1, H), (W - 1, 0, W, H)):
    bitmaptools.fill_region(background, x1, y1, x2, y2, 16)

font = terminalio.FONT
cell_w, cell_h = font.get_bounding_box()
text_palette = displayio.Palette(2)
text_palette.make_transparent(0)
text_palette[1] = 0xFFFFFF
label = "CLUE 240"
text = displayio.TileGrid(font.bitmap, pixel_shader=text_palette, width=len(label), height=1,
                          tile_width=cell_w, tile_height=cell_h)
for i, ch in enumerate(label):
    text[i] = font.get_glyph(ord(ch)).tile_index
title = displayio.Group(scale=3, x=6, y=6)
title.append(text)

colors = displayio.Palette(4)
colors[0] = 0xFFFF00
colors[1] = 0xFF0000
colors[2] = 0x00C000
colors[3] = 0x202020

screen = displayio.Group()
screen.append(displayio.TileGrid(background, pixel_shader=bands))
screen.append(title)
screen.append(vectorio.Circle(pixel_shader=colors, radius=50, x=70, y=130))
screen.append(vectorio.Circle(pixel_shader=colors, radius=40, x=70, y=130, color_index=3))
screen.append(vectorio.Polygon(pixel_shader=colors, points=[(-4, -3), (30, -36), (4, 3)], x=70, y=130,
                               color_index=1))
for i in range(5):
    height = 20 + 20 * i
    screen.append(vectorio.Rectangle(pixel_shader=colors, width=16, height=height, x=140 + 20 * i,
                                     y=220 - height, color_index=2))
display.root_group = screen
while True:
    time.sleep(1)
