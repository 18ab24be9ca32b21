# terminalio.Terminal: characters become tile indices of the scroll area
# TileGrid; \r, \n, \b, wrapping and scrolling; read back tile by tile.
import displayio
import terminalio
from terminalio import FONT, Terminal

W, H = FONT.get_bounding_box()
palette = displayio.Palette(2)


def grid(cols, rows):
    return displayio.TileGrid(FONT.bitmap, pixel_shader=palette, width=cols, height=rows,
                              tile_width=W, tile_height=H)


# Tile index -> character, from the font itself.
chars = {}
for code in list(range(0x20, 0x7F)) + list(range(0xA0, 0x100)) + [0x2013, 0x20AC]:
    g = FONT.get_glyph(code)
    if g:
        chars[g.tile_index] = chr(code)


def show(tg, label):
    print(label)
    for y in range(tg.height):
        print("  |" + "".join(chars.get(tg[x, y], "?") for x in range(tg.width)) + "|")


tg = grid(8, 4)
for i in range(tg.width * tg.height):
    tg[i] = 33   # 'A' everywhere: the Terminal clears it
t = Terminal(tg, FONT)
show(tg, "new")
print("cursor", t.cursor_x, t.cursor_y)

print(t.write("Hi"), t.cursor_x, t.cursor_y)
print(t.write(b"!\r\n"), t.cursor_x, t.cursor_y)
show(tg, "Hi! and a line feed: the text scrolled up a row")
t.write("abc\bX\b\b\b\bZ")
show(tg, "backspace stops at column 0")
t.write("\n1234567890")
show(tg, "\\n keeps the column; writing past the last column wraps")
print("cursor", t.cursor_x, t.cursor_y)
t.write("\r\nxy\n\n")
show(tg, "more scrolling")
t.write("\tq\x00\x07\x7f")
show(tg, "other control characters are ignored")

# Non-ASCII: UTF-8 from str and from bytes split inside a character; a
# character the font lacks is skipped.
t.write("\r\n°é€")
t.write(b"\xc3")
t.write(b"\xbf\xe2\x82")
t.write(b"\xac|")
t.write("☺🐍<")
show(tg, "UTF-8")
print(t.write("°"), t.write(bytearray(b"ab")), t.write(memoryview(b"cd")))

# A subclass of TileGrid (as a library's own grid class) works the same.
class Grid(displayio.TileGrid):
    pass


sub = Grid(FONT.bitmap, pixel_shader=palette, width=4, height=2, tile_width=W, tile_height=H)
Terminal(sub, FONT).write("ok!")
show(sub, "a TileGrid subclass")
