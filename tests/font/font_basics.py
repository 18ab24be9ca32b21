# fontio and terminalio.FONT: the built-in font's size, its Glyphs (fields
# as CircuitPython's namedtuple gives them), characters it lacks, bad input.
import fontio
import terminalio
import displayio
from terminalio import FONT

print(type(FONT).__name__, isinstance(FONT, fontio.BuiltinFont))
print(FONT.get_bounding_box())
bm = FONT.bitmap
print(type(bm).__name__, isinstance(bm, displayio.Bitmap), bm.width, bm.height)
print(FONT.bitmap is bm)
print(hasattr(fontio, "FontProtocol"))

for ch in " ", "!", "A", "z", "~", "\xa0", "°", "ÿ", "—", "€", "▓":
    g = FONT.get_glyph(ord(ch))
    print(repr(ch), g.tile_index, g.width, g.height, g.dx, g.dy, g.shift_x, g.shift_y, g.bitmap is bm)

# Field order of the named tuple (adafruit_display_text unpacks by name,
# adafruit_bitmap_font builds Glyphs by position).
g = FONT.get_glyph(ord("A"))
print(len(g), tuple(g)[1:])
print(g[1], g[-1], g.tile_index == g[1])
for name in "bitmap", "tile_index", "width", "height", "dx", "dy", "shift_x", "shift_y":
    print(name, getattr(g, name) is g[("bitmap", "tile_index", "width", "height", "dx", "dy",
                                       "shift_x", "shift_y").index(name)])

# Characters the font lacks.
for code in 0x7F, 0x1F, 0x0A, 0x263A, 0x1F40D, 0x10FFFF, 0x110000, -1, 2**40, True:
    print(hex(int(code)), FONT.get_glyph(code))

# Glyphs made by Python (as adafruit_bitmap_font does).
mine = fontio.Glyph(bm, 5, 6, 12, 0, -2, 6, 0)
print(mine.tile_index, mine.dy, mine.shift_x, mine == fontio.Glyph(bm, 5, 6, 12, 0, -2, 6, 0))
kw = fontio.Glyph(bitmap=None, tile_index=1, width=2, height=3, dx=4, dy=5, shift_x=6, shift_y=7)
print(kw)
for args in (), (1, 2, 3):
    try:
        fontio.Glyph(*args)
    except TypeError as e:
        print("TypeError", e)

# Errors.
for bad in "A", 1.5, None:
    try:
        FONT.get_glyph(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    fontio.BuiltinFont()
except TypeError:
    print("TypeError: BuiltinFont cannot be created")
try:
    FONT.get_glyph()
except TypeError:
    print("TypeError: get_glyph needs a code point")
try:
    FONT.bitmap = None
except AttributeError:
    print("AttributeError: bitmap is read-only")
try:
    g.width = 3
except AttributeError:
    print("AttributeError: Glyph is immutable")
