# copper: args --board pybadge --virtual-time --run-for 3s
# Text in the built-in font as a guide draws it without a library: a
# TileGrid over terminalio.FONT's glyph sheet, one tile per character,
# with a two-colour palette (0 transparent, or a background colour).
# The image must show, on black: "Hello, World!" in white at the top left;
# below it "red" in red, "green" in green and "blue" in blue on one line;
# two lines "ABCDEFGHIJKLMNOPQRSTUVWXYZ" and "0123456789 {}[]()<>~|#@$%"
# in cyan; then, twice as big (scale 2), "Big" in black on a yellow
# background and "Text!" in magenta; and at the bottom right a single
# scale-2 "g" in orange whose descender reaches the last rows.
import time
import board
import displayio
import terminalio

font = terminalio.FONT
cell_w, cell_h = font.get_bounding_box()


def label(text, color, x, y, background=None, scale=1):
    lines = text.split("\n")
    columns = max(len(line) for line in lines)
    palette = displayio.Palette(2)
    if background is None:
        palette.make_transparent(0)
    else:
        palette[0] = background
    palette[1] = color
    grid = displayio.TileGrid(font.bitmap, pixel_shader=palette, width=columns, height=len(lines),
                              tile_width=cell_w, tile_height=cell_h, default_tile=font.get_glyph(32).tile_index)
    for row, line in enumerate(lines):
        for column, ch in enumerate(line):
            grid[column, row] = font.get_glyph(ord(ch)).tile_index
    group = displayio.Group(scale=scale, x=x, y=y)
    group.append(grid)
    return group


screen = displayio.Group()
screen.append(label("Hello, World!", 0xFFFFFF, 2, 2))
screen.append(label("red", 0xFF0000, 2, 18))
screen.append(label("green", 0x00FF00, 2 + 4 * cell_w, 18))
screen.append(label("blue", 0x0000FF, 2 + 10 * cell_w, 18))
screen.append(label("ABCDEFGHIJKLMNOPQRSTUVWXYZ\n0123456789 {}[]()<>~|#@$%", 0x00FFFF, 2, 34))
screen.append(label("Big", 0x000000, 2, 66, background=0xFFFF00, scale=2))
screen.append(label("Text!", 0xFF00FF, 2 + 4 * cell_w * 2, 66, scale=2))
screen.append(label("g", 0xFF8000, 160 - 2 * cell_w, 128 - 2 * cell_h, scale=2))
board.DISPLAY.root_group = screen

while True:
    time.sleep(1)
