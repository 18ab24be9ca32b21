# displayio.ColorConverter and Colorspace: convert() gives RGB565 as
# CircuitPython's does for a 16-bit display, from each input colorspace;
# one colour may be transparent; the errors.
import displayio


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


cs = displayio.Colorspace
print(cs.RGB888, cs.L8, cs.BGR555_SWAPPED)
print(cs.RGB565 == cs.RGB565, cs.RGB565 == cs.BGR565)

c = displayio.ColorConverter()
print(c.dither)
for color in (0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0x123456, 0x808080):
    print(hex(color), hex(c.convert(color)))

# Each input colorspace, for one value.
for name in ("RGB888", "RGB565", "RGB565_SWAPPED", "RGB555", "RGB555_SWAPPED", "BGR565", "BGR565_SWAPPED",
             "BGR555", "BGR555_SWAPPED", "L8"):
    conv = displayio.ColorConverter(input_colorspace=getattr(cs, name))
    print(name, hex(conv.convert(0xF81F)), hex(conv.convert(0x1234)), hex(conv.convert(0x7C00)))

# One transparent colour at a time; convert() gives 0 for it.
c.make_transparent(0xFF0000)
print(hex(c.convert(0xFF0000)), hex(c.convert(0xFF0001)))
attempt(lambda: c.make_transparent(0x00FF00))
c.make_opaque(12345)          # the argument is ignored
print(hex(c.convert(0xFF0000)))
c.make_transparent(0x00FF00)
print(hex(c.convert(0x00FF00)))

# Dithering adds CircuitPython's noise (for the pixel at 0, 0).
d = displayio.ColorConverter(dither=True)
print(d.dither, hex(d.convert(0x000000)), hex(d.convert(0xFFFFFF)))
d.dither = False
print(hex(d.convert(0x000000)))

attempt(lambda: c.convert("red"))
attempt(lambda: c.convert(1.0))
attempt(lambda: displayio.ColorConverter(input_colorspace=1))
attempt(lambda: displayio.ColorConverter(input_colorspace="RGB565"))
try:
    displayio.ColorConverter(cs.RGB565)
except TypeError:
    print("TypeError")
