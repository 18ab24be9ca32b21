# bitmaptools argument checks: CircuitPython's exception types and messages.
import array
import io
import bitmaptools
import displayio

b = displayio.Bitmap(6, 4, 4)
src16 = displayio.Bitmap(2, 2, 65536)


def check(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(bitmaptools.fill_region, b, 0, 0, 7, 1, 1)
check(bitmaptools.fill_region, b, 3, 0, 2, 1, 1)
check(bitmaptools.fill_region, b, -1, 0, 2, 1, 1)
check(bitmaptools.fill_region, b, 0, 5, 2, None, 1)
check(bitmaptools.fill_region, b, 0, 0, 2, 1, 4)
check(bitmaptools.fill_region, b, 0, 0, 2, 1, -1)
check(bitmaptools.fill_region, b, 0.5, 0, 2, 1, 1)
check(bitmaptools.fill_region, b, True, 0, 2, 1, 1)
check(bitmaptools.fill_region, "b", 0, 0, 1, 1, 1)
check(bitmaptools.fill_region, b, 0, 0, 1, 1)
check(bitmaptools.draw_line, b, 0, 0, 1, 1, 4)
check(bitmaptools.draw_line, b, 0, 0, 1, 40000, 1)
check(bitmaptools.draw_line, b, 0, 0, 1, "1", 1)
check(bitmaptools.draw_circle, b, 7, 0, 1, 1)
check(bitmaptools.draw_circle, b, 0, 5, 1, 1)
check(bitmaptools.draw_circle, b, 1, 1, -1, 1)
check(bitmaptools.draw_circle, b, 1, 1, 1, 9)
check(bitmaptools.draw_polygon, b, bytes([1, 2]), array.array("h", [1, 2]), 1)
check(bitmaptools.draw_polygon, b, bytes([1, 2]), bytes([1]), 1)
check(bitmaptools.draw_polygon, b, [1, 2], [1, 2], 1)
check(bitmaptools.draw_polygon, b, bytes([1, 2]), bytes([1, 2]), 4)
check(bitmaptools.blit, b, src16, 0, 0)
check(bitmaptools.blit, b, b, 7, 0)
check(bitmaptools.blit, b, b, 0, -1)
check(bitmaptools.blit, b, b, 0, 0, x1=2, x2=1)
check(bitmaptools.blit, b, b, 0, 0, y2=5)
check(bitmaptools.blit, b, 5, 0, 0)
check(bitmaptools.blit, b, b, 0, 0, 0, 0, 1, 1, 2)
check(bitmaptools.arrayblit, b, 5)
check(bitmaptools.arrayblit, b, bytes(23))
check(bitmaptools.arrayblit, b, bytes(4), x1=7)
check(bitmaptools.boundary_fill, b, 6, 0, 1)
check(bitmaptools.boundary_fill, b, 0, -1, 1)
check(bitmaptools.boundary_fill, b, 0, 0, 9)
check(bitmaptools.boundary_fill, b, 0, 0, 1, 9)
check(bitmaptools.boundary_fill, b, 0, 0, 1, None)
check(bitmaptools.rotozoom, b, src16)
check(bitmaptools.rotozoom, b, b, dest_clip0=5)
check(bitmaptools.rotozoom, b, b, source_clip1=(1, 2, 3))
check(bitmaptools.rotozoom, b, b, angle="x")
check(bitmaptools.rotozoom, b, b, 1)
check(bitmaptools.readinto, b, io.BytesIO(bytes(8)), 3)
check(bitmaptools.readinto, b, io.BytesIO(bytes(8)), 8, element_size=3)
check(bitmaptools.readinto, b, io.BytesIO(bytes(8)), 24, element_size=2)
d = displayio.Bitmap(2, 2, 4)
d.deinit()
check(bitmaptools.fill_region, d, 0, 0, 1, 1, 1)
check(bitmaptools.blit, b, d, 0, 0)
