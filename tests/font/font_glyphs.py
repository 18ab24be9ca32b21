# The built-in font's glyph bitmaps, read pixel by pixel from the tile sheet
# through each Glyph (the way adafruit_display_text's bitmap_label reads
# them). The expected rows were produced from Terminus's ter-u12n font file.
from terminalio import FONT

bitmap = FONT.bitmap
for ch in "A", "g", "@", "0", "~", "°", "é", "€", "█":
    g = FONT.get_glyph(ord(ch))
    print(repr(ch), g.tile_index)
    for y in range(g.height):
        row = "".join("#" if bitmap[g.tile_index * g.width + x, y] else "." for x in range(g.width))
        print(" ", row)

# Every tile: the count of lit pixels of each glyph, summed per group of 16.
width, height = FONT.get_bounding_box()
tiles = bitmap.width // width
print("tiles", tiles, "sheet", bitmap.width, bitmap.height)
for first in range(0, tiles, 16):
    total = 0
    for t in range(first, min(first + 16, tiles)):
        for y in range(height):
            for x in range(width):
                total += bitmap[t * width + x, y]
    print(first, total)
