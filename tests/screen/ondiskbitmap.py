# copper: args --board pybadge --virtual-time --run-for 3s
# OnDiskBitmap as guides use it: the program writes two BMP files first
# (a 24-bit one and an 8-bit one with a colour table), then shows each
# through a TileGrid with the pixel_shader the file brings (a
# ColorConverter, a Palette whose entry 0 is made transparent).
# The image must show, on a dark green background: at (8, 8) a 64x48
# picture, a colour gradient (red growing to the right, blue growing
# downwards) with a white frame and a yellow diagonal line from its top
# left corner; at (80, 8), twice as big (scale 2) and cut by the right
# edge, an 8-bit picture of a target of rings (grey, light grey, white
# from the outside in) on a transparent background (the dark green shows
# around the rings).
import os
import struct
import time
import board
import displayio


def write_bmp(path, width, height, bits, rows, colors=()):
    """rows: pixel rows from the top, each a list of (r, g, b) or indices."""
    stride = (width * bits // 8 + 3) // 4 * 4
    table = b"".join(struct.pack("<BBBB", c & 255, (c >> 8) & 255, c >> 16, 0) for c in colors)
    offset = 14 + 40 + len(table)
    with open(path, "wb") as f:
        f.write(b"BM" + struct.pack("<IHHI", offset + stride * height, 0, 0, offset))
        f.write(struct.pack("<IiiHHIIiiII", 40, width, height, 1, bits, 0, stride * height, 2835, 2835,
                            len(colors), 0))
        f.write(table)
        for row in reversed(rows):
            data = bytearray(stride)
            for x, p in enumerate(row):
                if bits == 24:
                    data[3 * x:3 * x + 3] = bytes((p[2], p[1], p[0]))
                else:
                    data[x] = p
            f.write(data)


W, H = 64, 48
picture = []
for y in range(H):
    row = []
    for x in range(W):
        if x in (0, W - 1) or y in (0, H - 1):
            row.append((255, 255, 255))
        elif x == y:
            row.append((255, 255, 0))
        else:
            row.append((x * 4, 0, y * 5))
    picture.append(row)

target = []
for y in range(H):
    row = []
    for x in range(W):
        d = ((x - 31.5) ** 2 + (y - 23.5) ** 2) ** 0.5
        row.append(0 if d > 23 else 1 if d > 15 else 2 if d > 7 else 3)
    target.append(row)

tag = os.getpid() if hasattr(os, "getpid") else 0
paths = ["/tmp/copper_screen_%s_%d.bmp" % (name, tag) for name in ("picture", "target")]
write_bmp(paths[0], W, H, 24, picture)
write_bmp(paths[1], W, H, 8, target, colors=(0xFF00FF, 0x808080, 0xC0C0C0, 0xFFFFFF))

background = displayio.Bitmap(1, 1, 1)
green = displayio.Palette(1)
green[0] = 0x004000
screen = displayio.Group()
screen.append(displayio.TileGrid(background, pixel_shader=green, width=160, height=128, tile_width=1,
                                 tile_height=1))
photo = displayio.OnDiskBitmap(paths[0])
screen.append(displayio.TileGrid(photo, pixel_shader=photo.pixel_shader, x=8, y=8))
rings = displayio.OnDiskBitmap(paths[1])
rings.pixel_shader.make_transparent(0)
big = displayio.Group(scale=2, x=80, y=8)
big.append(displayio.TileGrid(rings, pixel_shader=rings.pixel_shader))
screen.append(big)
board.DISPLAY.root_group = screen
time.sleep(0.5)
# The frame is on screen and nothing changes: the files can go.
for path in paths:
    os.remove(path)
while True:
    time.sleep(1)
