# bitmaptools copying and loading: blit, arrayblit, rotozoom, boundary_fill,
# readinto.
import array
import io
import math
import bitmaptools
import displayio


def show(b):
    for y in range(b.height):
        print("".join("%x" % b[x, y] for x in range(b.width)))
    print()


def source():
    s = displayio.Bitmap(3, 2, 4)
    for i, v in enumerate([1, 2, 3, 3, 2, 1]):
        s[i % 3, i // 3] = v
    return s


# blit: placed at (x, y); source region x1..x2, y1..y2; skips; clipped
d = displayio.Bitmap(6, 4, 4)
bitmaptools.blit(d, source(), 2, 1)
show(d)
d = displayio.Bitmap(6, 4, 4)
bitmaptools.blit(d, source(), 0, 0, skip_source_index=2)
bitmaptools.blit(d, source(), 4, 2, x1=1, y1=0, x2=3, y2=2)
bitmaptools.blit(d, source(), 5, 3)
bitmaptools.blit(d, source(), 6, 4)
show(d)
d = displayio.Bitmap(6, 2, 4)
d[1, 0] = 1
bitmaptools.blit(d, source(), 0, 0, skip_dest_index=1)
show(d)
# within one bitmap, overlapping: copied as if through a buffer
d = displayio.Bitmap(5, 1, 8)
for x in range(5):
    d[x, 0] = x + 1
bitmaptools.blit(d, d, 1, 0, x1=0, y1=0, x2=4, y2=1)
show(d)
bitmaptools.blit(d, d, 0, 0, 1, 0, 5, 1)
show(d)

# arrayblit: rows of values, masked to the bitmap's bits
d = displayio.Bitmap(4, 3, 16)
bitmaptools.arrayblit(d, bytes([1, 2, 3, 4, 5, 6]), 1, 1, 4, 3)
show(d)
bitmaptools.arrayblit(d, bytes([9, 9, 7, 9, 8, 9]), 1, 1, 4, 3, skip_index=9)
show(d)
d = displayio.Bitmap(4, 1, 4)
bitmaptools.arrayblit(d, bytes([5, 6, 7, 8]))
show(d)
d = displayio.Bitmap(2, 1, 65536)
bitmaptools.arrayblit(d, array.array("H", [1000, 65535]))
print(d[0, 0], d[1, 0])
try:
    bitmaptools.arrayblit(d, bytes([1]))
except IndexError as e:
    print("IndexError:", e)
print()

# rotozoom: source point (px, py) lands on (ox, oy); defaults: the middles
d = displayio.Bitmap(6, 4, 4)
bitmaptools.rotozoom(d, source())
show(d)
d = displayio.Bitmap(6, 6, 4)
bitmaptools.rotozoom(d, source(), ox=0, oy=0, px=0, py=0, scale=2.0)
show(d)
d = displayio.Bitmap(6, 6, 4)
bitmaptools.rotozoom(d, source(), ox=3, oy=3, px=0, py=0, angle=math.pi / 2, skip_index=2)
show(d)
d = displayio.Bitmap(6, 4, 4)
bitmaptools.rotozoom(d, source(), ox=0, oy=0, px=0, py=0, dest_clip0=(1, 0), dest_clip1=(6, 1),
                     source_clip0=(0, 0), source_clip1=(2, 2))
show(d)

# boundary_fill: the 4-connected area of one value
d = displayio.Bitmap(6, 5, 4)
bitmaptools.draw_polygon(d, bytes([1, 4, 4, 1]), bytes([1, 1, 3, 3]), 1)
bitmaptools.boundary_fill(d, 2, 2, 2, 0)
show(d)
bitmaptools.boundary_fill(d, 0, 0, 3)
show(d)
bitmaptools.boundary_fill(d, 0, 0, 3)  # already that value: nothing to do
bitmaptools.boundary_fill(d, 2, 2, 1, 0)  # (2, 2) is not 0: nothing to do
show(d)

# readinto: rows of packed pixels from a file
d = displayio.Bitmap(4, 2, 4)
bitmaptools.readinto(d, io.BytesIO(bytes([0x1B, 0xE4])), 2)
show(d)
bitmaptools.readinto(d, io.BytesIO(bytes([0x1B, 0xE4])), 2, reverse_pixels_in_element=True)
show(d)
bitmaptools.readinto(d, io.BytesIO(bytes([0x1B, 0x00])), 2, reverse_rows=True)
show(d)
d = displayio.Bitmap(2, 1, 65536)
bitmaptools.readinto(d, io.BytesIO(b"\x34\x12\x78\x56"), 16)
print(hex(d[0, 0]), hex(d[1, 0]))
bitmaptools.readinto(d, io.BytesIO(b"\x34\x12\x78\x56"), 16, element_size=2, swap_bytes_in_element=True)
print(hex(d[0, 0]), hex(d[1, 0]))
bitmaptools.readinto(d, io.BytesIO(b"\x01\x02\x03\x04\x05\x06"), 24)
print(hex(d[0, 0]), hex(d[1, 0]))
try:
    bitmaptools.readinto(d, io.BytesIO(b"\x01\x02"), 16)
except EOFError as e:
    print("EOFError", e.args)
