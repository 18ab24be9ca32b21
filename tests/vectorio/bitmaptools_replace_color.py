# bitmaptools.replace_color(bitmap, old_color, new_color): every pixel of
# old_color becomes new_color, the others keep theirs; new_color must fit
# the bitmap.
import bitmaptools
import displayio


def show(b):
    for y in range(b.height):
        print("".join(str(b[x, y]) for x in range(b.width)))
    print()


def check(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = displayio.Bitmap(6, 3, 4)
for i in range(18):
    b[i] = i % 3
show(b)
bitmaptools.replace_color(b, 1, 3)
show(b)
bitmaptools.replace_color(b, 0, 2)      # merges two colours
show(b)
bitmaptools.replace_color(b, 3, 3)      # no change
bitmaptools.replace_color(b, 9, 1)      # a colour not present: no change
show(b)
bitmaptools.replace_color(dest_bitmap=b, old_color=2, new_color=0)
show(b)

wide = displayio.Bitmap(3, 2, 65536)
wide.fill(1000)
wide[1, 1] = 7
bitmaptools.replace_color(wide, 1000, 65535)
print([wide[i] for i in range(6)])

check(bitmaptools.replace_color, b, 0, 4)
check(bitmaptools.replace_color, b, 0, -1)
check(bitmaptools.replace_color, "b", 0, 1)
check(bitmaptools.replace_color, b, 0)
check(bitmaptools.replace_color, b, 0, 1.5)
b.deinit()
check(bitmaptools.replace_color, b, 0, 1)
