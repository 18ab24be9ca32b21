# bitmaptools drawing: fill_region, draw_line, draw_circle, draw_polygon,
# pixel for pixel as CircuitPython draws them.
import array
import bitmaptools
import displayio


def show(b):
    for y in range(b.height):
        print("".join(str(b[x, y]) for x in range(b.width)))
    print()


# fill_region: x2, y2 exclusive; None means the bitmap's edge
b = displayio.Bitmap(6, 4, 4)
bitmaptools.fill_region(b, 1, 1, 4, 3, 2)
bitmaptools.fill_region(b, 4, 0, None, 1, 3)
bitmaptools.fill_region(dest_bitmap=b, x1=0, y1=3, x2=2, y2=None, value=1)
bitmaptools.fill_region(b, 5, 2, 5, 4, 3)  # empty: x1 == x2
show(b)

# draw_line: both endpoints drawn, Bresenham from the left end
b = displayio.Bitmap(8, 5, 4)
bitmaptools.draw_line(b, 0, 4, 7, 0, 1)
show(b)
b = displayio.Bitmap(8, 5, 4)
bitmaptools.draw_line(b, 2, -3, 2, 2, 2)  # vertical, clipped at the top
bitmaptools.draw_line(b, 9, 4, 5, 4, 3)  # horizontal, clipped at the right
bitmaptools.draw_line(b, 0, 0, 1, 4, 3)  # steep
bitmaptools.draw_line(b, 6, 1, 6, 1, 1)  # a single point
bitmaptools.draw_line(b, -10, -10, -2, -5, 1)  # all outside
show(b)

# draw_circle: Bresenham outline, clipped at the edges
b = displayio.Bitmap(9, 9, 2)
bitmaptools.draw_circle(b, 4, 4, 3, 1)
show(b)
b = displayio.Bitmap(4, 4, 4)
bitmaptools.draw_circle(b, 0, 0, 2, 2)
bitmaptools.draw_circle(b, 3, 3, 0, 1)
show(b)

# draw_polygon: closed by default
b = displayio.Bitmap(8, 6, 2)
bitmaptools.draw_polygon(b, bytes([1, 6, 6, 1]), bytes([1, 1, 4, 4]), 1)
show(b)
b = displayio.Bitmap(8, 6, 4)
bitmaptools.draw_polygon(b, bytes([0, 7, 0]), bytes([0, 0, 5]), 2, close=False)
show(b)
# 16-bit coordinates may be negative; bytes are read as signed (200 is -56)
b = displayio.Bitmap(8, 3, 4)
bitmaptools.draw_polygon(b, array.array("h", [-3, 10]), array.array("h", [2, 2]), 3)
bitmaptools.draw_polygon(b, bytes([200, 3]), bytes([1, 1]), 1)
bitmaptools.draw_polygon(b, bytes(), bytes(), 1)
show(b)
