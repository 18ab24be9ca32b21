# bitmaptools.alphablend: CircuitPython's integer src-over and screen
# blends, in L8 and RGB565.
import bitmaptools
import displayio


def bitmap(values, bits):
    b = displayio.Bitmap(len(values), 1, 1 << bits)
    for x, v in enumerate(values):
        b[x, 0] = v
    return b


def row(b):
    return [b[x, 0] for x in range(b.width)]


L8 = displayio.Colorspace.L8
d = bitmap([0, 0], 8)
bitmaptools.alphablend(d, bitmap([100, 200], 8), bitmap([50, 0], 8), L8)
print(row(d))
bitmaptools.alphablend(d, bitmap([100, 200], 8), bitmap([50, 0], 8), L8, blendmode=bitmaptools.BlendMode.Screen)
print(row(d))
bitmaptools.alphablend(d, bitmap([100, 200], 8), bitmap([50, 0], 8), L8, 1.0, 0.0)
print(row(d))
# a skipped pixel holds its source back, as in CircuitPython
bitmaptools.alphablend(d, bitmap([100, 200], 8), bitmap([50, 0], 8), L8, skip_source1_index=100)
print(row(d))
bitmaptools.alphablend(d, bitmap([100, 200], 8), bitmap([50, 0], 8), L8, skip_source1_index=100, skip_source2_index=50)
print(row(d))

d = bitmap([0, 0x1234], 16)
bitmaptools.alphablend(d, bitmap([0xF800, 0x07E0], 16), bitmap([0x001F, 0x07E0], 16), displayio.Colorspace.RGB565)
print([hex(v) for v in row(d)])
bitmaptools.alphablend(d, bitmap([0xF800, 0x07E0], 16), bitmap([0x001F, 0x07E0], 16), displayio.Colorspace.RGB565,
                       factor_1=0.25, skip_source2_index=0x07E0)
print([hex(v) for v in row(d)])
print(bitmaptools.BlendMode.Normal, bitmaptools.BlendMode.Screen)

for args in [(d, d, d, displayio.Colorspace.RGB888), (d, d, d, L8), (d, d, bitmap([0], 16), L8), (d, d, d, 5),
             (bitmap([0], 8),) * 3 + (displayio.Colorspace.RGB565,)]:
    try:
        bitmaptools.alphablend(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    bitmaptools.alphablend(d, d, d, L8, blendmode=0)
except TypeError as e:
    print("TypeError:", e)
