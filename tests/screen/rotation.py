# copper: args --board pybadge --virtual-time --run-for 5s --snapshot 2s
# board.DISPLAY turned while a scene is on it: rotation=90 makes the
# PyBadge a 128x160 portrait display, and turning it to 180 later (the
# program lays its scene out again for the new size) redraws everything.
# The images are the glass as it is held (160x128 landscape).
# rotation-2.000s.png (rotation 90, portrait): the scene's top is the
# glass's right edge: "UP" in white at scale 2 reading from the glass's
# top right downwards, a yellow vectorio arrow pointing right (to the
# scene's top), and the corner squares red (scene top left) at the
# glass's top right, green (top right) at the bottom right, blue (bottom
# left) at the top left, white (bottom right) at the bottom left.
# rotation.png (rotation 180): the scene upside down on the glass: "UP"
# upside down near the bottom right, the arrow pointing down, red at the
# bottom right, green at the bottom left, blue at the top right, white at
# the top left.
import time
import board
import displayio
import terminalio
import vectorio

display = board.DISPLAY
display.rotation = 90
print(display.rotation, display.width, display.height)

font = terminalio.FONT
cell_w, cell_h = font.get_bounding_box()
text_palette = displayio.Palette(2)
text_palette.make_transparent(0)
text_palette[1] = 0xFFFFFF
text = displayio.TileGrid(font.bitmap, pixel_shader=text_palette, width=2, height=1, tile_width=cell_w,
                          tile_height=cell_h)
text[0] = font.get_glyph(ord("U")).tile_index
text[1] = font.get_glyph(ord("P")).tile_index
title = displayio.Group(scale=2, x=4, y=4)
title.append(text)

arrow_palette = displayio.Palette(1)
arrow_palette[0] = 0xFFFF00
arrow = vectorio.Polygon(pixel_shader=arrow_palette, points=[(0, -20), (12, 0), (4, 0), (4, 20), (-4, 20),
                                                             (-4, 0), (-12, 0)])

square = displayio.Bitmap(8, 8, 1)
corners = []
for color in (0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF):
    palette = displayio.Palette(1)
    palette[0] = color
    corners.append(displayio.TileGrid(square, pixel_shader=palette))

scene = displayio.Group()
for layer in [title, arrow] + corners:
    scene.append(layer)


def lay_out():
    w, h = display.width, display.height
    arrow.x, arrow.y = w // 2, h // 2
    for corner, (x, y) in zip(corners, ((0, 0), (w - 8, 0), (0, h - 8), (w - 8, h - 8))):
        corner.x, corner.y = x, y


lay_out()
display.root_group = scene
time.sleep(3)
display.rotation = 180
print(display.rotation, display.width, display.height)
lay_out()
while True:
    time.sleep(1)
