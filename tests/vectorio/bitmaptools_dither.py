# bitmaptools.dither: CircuitPython's serpentine error diffusion to two
# levels (Atkinson, Floyd-Steinberg), from L8 and the four RGB565
# colorspaces, into 1-bit and 16-bit bitmaps; and its argument checks.
import bitmaptools
import displayio
import terminalio

CS = displayio.Colorspace
ALG = bitmaptools.DitherAlgorithm


def source(w, h, value_count, pixel):
    b = displayio.Bitmap(w, h, value_count)
    for y in range(h):
        for x in range(w):
            b[x, y] = pixel(x, y)
    return b


def show(title, b):
    print(title)
    for y in range(b.height):
        print("".join("#" if b[x, y] else "." for x in range(b.width)))


def dithered(src, cs, *alg):
    d = displayio.Bitmap(src.width, src.height, 2)
    bitmaptools.dither(d, src, cs, *alg)
    return d


# A deterministic noise source, the same everywhere.
seed = 12345


def noise(top):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % (top + 1)


print(ALG.Atkinson, ALG.FloydStenberg)
print("dither" in dir(bitmaptools), "DitherAlgorithm" in dir(bitmaptools))

# grey ramps and flat greys
ramp = source(20, 4, 256, lambda x, y: x * 255 // 19)
for alg in (ALG.Atkinson, ALG.FloydStenberg):
    show("ramp " + str(alg), dithered(ramp, CS.L8, alg))
for grey in (0, 64, 127, 128, 200, 255):
    flat = source(10, 5, 256, lambda x, y: grey)
    show("grey %d Atkinson" % grey, dithered(flat, CS.L8, ALG.Atkinson))
    show("grey %d FloydStenberg" % grey, dithered(flat, CS.L8, ALG.FloydStenberg))

# the default algorithm is Atkinson; keywords
noisy = source(12, 6, 256, lambda x, y: noise(255))
a = dithered(noisy, CS.L8)
b = displayio.Bitmap(12, 6, 2)
bitmaptools.dither(dest_bitmap=b, source_bitmap=noisy, source_colorspace=CS.L8, algorithm=ALG.Atkinson)
print("default is Atkinson:", [a[i] for i in range(72)] == [b[i] for i in range(72)])
show("noise Atkinson", a)
show("noise FloydStenberg", dithered(noisy, CS.L8, ALG.FloydStenberg))

# RGB565 colours: the same pure red read in each colorspace
for cs, red in ((CS.RGB565, 0xF800), (CS.BGR565, 0x001F), (CS.RGB565_SWAPPED, 0x00F8), (CS.BGR565_SWAPPED, 0x1F00)):
    show("red " + str(cs), dithered(source(8, 3, 65536, lambda x, y: red), cs))
for cs in (CS.RGB565, CS.BGR565):
    show("blue bits in " + str(cs), dithered(source(8, 3, 65536, lambda x, y: 0x001F), cs))
show("green", dithered(source(8, 3, 65536, lambda x, y: 0x07E0), CS.RGB565))
show("white", dithered(source(8, 2, 65536, lambda x, y: 0xFFFF), CS.RGB565))
colours = source(13, 5, 65536, lambda x, y: noise(65535))
for cs in (CS.RGB565, CS.RGB565_SWAPPED, CS.BGR565, CS.BGR565_SWAPPED):
    for alg in (ALG.Atkinson, ALG.FloydStenberg):
        show("noise %s %s" % (cs, alg), dithered(colours, cs, alg))

# a 16-bit destination holds 0 and 65535; everything is overwritten
wide = displayio.Bitmap(13, 5, 65536)
wide.fill(1234)
bitmaptools.dither(wide, colours, CS.RGB565, ALG.FloydStenberg)
print(sorted(set(wide[i] for i in range(65))))
print([wide[i] // 65535 for i in range(65)] == [dithered(colours, CS.RGB565, ALG.FloydStenberg)[i] for i in range(65)])
d = displayio.Bitmap(9, 2, 2)
d.fill(1)
bitmaptools.dither(d, source(9, 2, 256, lambda x, y: 0), CS.L8)
show("black over ones", d)

# odd sizes
for w, h in ((1, 1), (2, 1), (1, 9), (33, 3), (7, 2), (0, 0), (0, 3), (3, 0)):
    for alg in (ALG.Atkinson, ALG.FloydStenberg):
        src = source(w, h, 256, lambda x, y: (x * 37 + y * 91) % 256)
        show("%dx%d %s" % (w, h, alg), dithered(src, CS.L8, alg))


def check(*args, **kwargs):
    try:
        bitmaptools.dither(*args, **kwargs)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


l8 = source(4, 3, 256, lambda x, y: 100)
rgb = source(4, 3, 65536, lambda x, y: 0x1234)
one = displayio.Bitmap(4, 3, 2)
check(displayio.Bitmap(4, 3, 4), l8, CS.L8)
check(displayio.Bitmap(4, 3, 256), l8, CS.L8)
check(displayio.Bitmap(5, 3, 2), l8, CS.L8)
check(displayio.Bitmap(4, 2, 2), l8, CS.L8)
check(one, rgb, CS.L8)
check(one, l8, CS.RGB565)
check(one, displayio.Bitmap(4, 3, 16), CS.RGB565)
check(one, rgb, CS.RGB888)
check(one, rgb, CS.RGB555)
check(one, rgb, CS.BGR555_SWAPPED)
# CircuitPython's order: sizes, then the destination, then the colorspace
check(displayio.Bitmap(5, 3, 2), rgb, CS.RGB888)
check(displayio.Bitmap(4, 3, 4), rgb, CS.RGB888)
check(displayio.Bitmap(4, 3, 4), l8, CS.RGB565)
check(one, rgb, 5)
check(one, rgb, CS.RGB565, "Atkinson")
check(one, rgb, CS.RGB565, bitmaptools.BlendMode.Normal)
check(one, [1, 2], CS.RGB565)
check(5, rgb, CS.RGB565)
check(terminalio.FONT.bitmap, rgb, CS.RGB565)
gone = displayio.Bitmap(4, 3, 2)
gone.deinit()
check(gone, rgb, CS.RGB565)
check(one, rgb, CS.RGB565, ALG.FloydStenberg)
