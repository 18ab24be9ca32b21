# copper: args --board pybadge --virtual-time --run-for 5s --snapshot 2s
# A refresh redraws only what changed. After the first frame the program
# paints 3x3 magenta markers straight into the panel's RAM through
# board.DISPLAY's bus (FourWire.send: column and row window, RAM write),
# behind displayio's back; then it moves a sprite, changes one tile of a
# text line and one pixel of a bitmap, and refreshes. A marker survives
# exactly when the display did not redraw its pixels, so the second
# image shows that the changed areas, and only they, were sent again.
# partial_refresh-2.000s.png must show, on a dark grey background: a
# white 8x8 sprite at (20, 20); "SCORE 0" in white at (100, 4); a black
# 40x40 canvas at (60, 60); and eight magenta markers: on the sprite
# (21, 21), at (41, 21) where the sprite will go, on the "0" (137, 6),
# on the "S" (101, 6), on the canvas at (69, 69) and (88, 88), and far
# from everything at (4, 110) and (150, 110).
# partial_refresh.png must show: the sprite at (40, 20) with grey where
# it was and no marker on either place; "SCORE 7" with no marker on the
# 7 but the one on the S still there; the canvas marker at (69, 69) with
# a red centre pixel (the one bitmap pixel that changed, sent alone); and
# the markers at (88, 88), (4, 110) and (150, 110) untouched.
import time
import board
import displayio
import terminalio

display = board.DISPLAY
display.auto_refresh = False

background = displayio.Bitmap(1, 1, 1)
grey = displayio.Palette(1)
grey[0] = 0x404040
block = displayio.Bitmap(8, 8, 1)
white = displayio.Palette(1)
white[0] = 0xFFFFFF
sprite = displayio.TileGrid(block, pixel_shader=white, x=20, y=20)

font = terminalio.FONT
cell_w, cell_h = font.get_bounding_box()
text_palette = displayio.Palette(2)
text_palette.make_transparent(0)
text_palette[1] = 0xFFFFFF
text = displayio.TileGrid(font.bitmap, pixel_shader=text_palette, width=7, height=1, tile_width=cell_w,
                          tile_height=cell_h, x=100, y=4)
for i, ch in enumerate("SCORE 0"):
    text[i] = font.get_glyph(ord(ch)).tile_index

canvas = displayio.Bitmap(40, 40, 2)
canvas_palette = displayio.Palette(2)
canvas_palette[0] = 0x000000
canvas_palette[1] = 0xFF0000

scene = displayio.Group()
scene.append(displayio.TileGrid(background, pixel_shader=grey, width=160, height=128, tile_width=1,
                                tile_height=1))
scene.append(sprite)
scene.append(text)
scene.append(displayio.TileGrid(canvas, pixel_shader=canvas_palette, x=60, y=60))
display.root_group = scene
display.refresh()


def mark(x, y):
    """A 3x3 magenta block at (x, y) in panel RAM (upright at rotation 0)."""
    display.bus.send(0x2A, bytes((0, x, 0, x + 2)))
    display.bus.send(0x2B, bytes((0, y, 0, y + 2)))
    display.bus.send(0x2C, b"\xf8\x1f" * 9)


for x, y in ((21, 21), (41, 21), (137, 6), (101, 6), (69, 69), (88, 88), (4, 110), (150, 110)):
    mark(x, y)
time.sleep(3)

sprite.x = 40
text[6] = font.get_glyph(ord("7")).tile_index
canvas[10, 10] = 1
display.refresh()
while True:
    time.sleep(1)
