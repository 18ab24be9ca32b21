# copper: args --board pybadge
# OnDiskBitmap pixels on the display: 1, 2, 4 and 8-bit files through
# their palettes, 16-bit ones (5:5:5, and 5:6:5 bitfields), 24 and 32-bit
# ones, a top-down file, transparency in the file's palette; read back
# with fill_row.
import os
import board
import displayio
from _bmp import write_bmp
from _screen import show
from _tmpname import tmpname

display = board.DISPLAY
display.auto_refresh = False
root = displayio.Group()
display.root_group = root
path = tmpname("render_odb") + ".bmp"

COLORS = (0x000000, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0xFFFF00, 0x00FFFF, 0xFF00FF)
INDICES = [[1, 2, 3, 4], [5, 6, 7, 0], [0, 1, 0, 1]]


def check(name, *args, **kwargs):
    write_bmp(path, *args, **kwargs)
    odb = displayio.OnDiskBitmap(path)
    root.append(displayio.TileGrid(odb, pixel_shader=odb.pixel_shader))
    print(name, odb.width, odb.height)
    show(0, 0, odb.width + 1, odb.height)
    root.pop()
    return odb


check("8-bit", INDICES, 8, palette=COLORS)
check("4-bit", INDICES, 4, palette=COLORS)
check("2-bit", [[1, 2, 3, 0, 3, 2, 1]], 2, palette=COLORS[:4])
check("1-bit", [[1, 0, 1, 1, 0, 0, 0, 1, 1]], 1, palette=(0x000000, 0xFFFFFF))
check("top-down 8-bit", INDICES, 8, palette=COLORS, top_down=True)
check("os/2 4-bit", INDICES, 4, palette=COLORS * 2, header=12)


def rgb555(c):
    return (c >> 19 & 31) << 10 | (c >> 11 & 31) << 5 | (c >> 3 & 31)


def rgb565(c):
    return (c >> 19 & 31) << 11 | (c >> 10 & 63) << 5 | (c >> 3 & 31)


# 5-bit channels widen as CircuitPython widens them (shifted, not scaled):
# full green is 0xF8, so on a 5:6:5 panel it is 0x07C0 ("?" below).
check("16-bit 5:5:5", [[rgb555(COLORS[i]) for i in row] for row in INDICES], 16)
root.append(displayio.TileGrid(displayio.OnDiskBitmap(path), pixel_shader=displayio.ColorConverter()))
row = bytearray(display.width * 2)
display.fill_row(0, row)
print(hex(row[2] << 8 | row[3]), hex(row[6] << 8 | row[7]))
root.pop()
check("16-bit 5:6:5", [[rgb565(COLORS[i]) for i in row] for row in INDICES], 16,
      masks=(0xF800, 0x07E0, 0x001F))
check("24-bit", [[COLORS[i] for i in row] for row in INDICES], 24)
check("32-bit", [[0xFF000000 | COLORS[i] for i in row] for row in INDICES], 32)
check("32-bit bitfields", [[COLORS[i] << 8 for i in row] for row in INDICES], 32,
      masks=(0xFF000000, 0xFF0000, 0xFF00), header=108)

# The file's palette is the pixel shader: it can make an index transparent.
back = displayio.Bitmap(5, 3, 2)
back_palette = displayio.Palette(2)
back_palette[0] = 0xFF00FF
root.append(displayio.TileGrid(back, pixel_shader=back_palette))
odb = check("8-bit over magenta", INDICES, 8, palette=COLORS)
odb.pixel_shader.make_transparent(0)
root.append(displayio.TileGrid(odb, pixel_shader=odb.pixel_shader))
show(0, 0, 5, 3)
# Tiles from a file, flipped.
grid = displayio.TileGrid(odb, pixel_shader=odb.pixel_shader, width=2, tile_width=2, tile_height=3, x=6)
grid[0] = 1
grid.flip_y = True
root.append(grid)
show(6, 0, 4, 3)
os.remove(path)
