# Bitmap.blit (CircuitPython 8's, still called by libraries): copying a
# region of another bitmap (or of itself), clipping at the target's edges,
# skipping one value, and its errors.
import displayio


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def rows(b):
    return ["".join("%x" % b[x, y] for x in range(b.width)) for y in range(b.height)]


src = displayio.Bitmap(4, 3, 4)
for y in range(3):
    for x in range(4):
        src[x, y] = (x + y) % 4
print(rows(src))

dst = displayio.Bitmap(6, 5, 16)
dst.blit(1, 1, src)
print(rows(dst))
dst.fill(9)
dst.blit(0, 0, src, x1=1, y1=1, x2=3, y2=3, skip_index=0)
print(rows(dst))
dst.fill(9)
dst.blit(4, 3, src)                      # only the part that fits
print(rows(dst))
dst.fill(9)
dst.blit(0, 0, src, x1=3, y1=2, x2=1, y2=0)   # corners in either order
print(rows(dst))

# Within one bitmap: the region moves without reading what it overwrote.
line = displayio.Bitmap(8, 1, 16)
for x in range(8):
    line[x] = x
line.blit(2, 0, line, x1=0, x2=5)
print(rows(line))
line.blit(0, 0, line, x1=3, x2=8)
print(rows(line))

attempt(lambda: dst.blit(7, 0, src))
attempt(lambda: dst.blit(0, -1, src))
attempt(lambda: dst.blit(0, 0, src, x2=5))
attempt(lambda: dst.blit(0, 0, src, y1=-1))
attempt(lambda: src.blit(0, 0, dst))
attempt(lambda: dst.blit(0, 0, "src"))
try:
    dst.blit(0, 0)
except TypeError:
    print("TypeError")
