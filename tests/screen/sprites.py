# copper: args --board pybadge --virtual-time --run-for 3s
# Sprites from a sprite sheet: TileGrids cutting 8x8 tiles out of one
# bitmap, turned by flip_x, flip_y and transpose_xy (CircuitPython flips
# the grid's own x and y first, then transposes it), in a scale-2 group.
# The image must show, on a dark grey background, each sprite 16x16:
#  row 1 (top): the red "F" (green pixel at its top left, blue at its
#   bottom right) eight times: as drawn; mirrored left-right; upside down;
#   both (turned half a turn); then the same four transposed (mirrored
#   about the main diagonal: the F lies on its back with the green corner
#   still top left, and so on);
#  row 2: the yellow arrow the same eight ways: right, left, right
#   (it is symmetric top-bottom), left, down, up, down, up;
#  row 3: a 3x2 block of tiles "F arrow box / box arrow F" as laid out,
#   the same block with flip_x (box arrow F / F arrow box, each tile
#   mirrored), and the block transposed (2 wide, 3 tall);
#  bottom: a row of six small unscaled tiles F, arrow, box, F, arrow, box.
import time
import board
import displayio

ART = (
    "G.......|....Y...|WWWWWWWW",
    "RRRRRR..|....YY..|WRRRRRRW",
    "RR......|YYYYYYY.|WR....RW",
    "RRRRR...|YYYYYYYY|WR.WW.RW",
    "RR......|YYYYYYY.|WR.WW.RW",
    "RR......|....YY..|WR....RW",
    "RR......|....Y...|WRRRRRRW",
    ".......B|........|WWWWWWWW",
)
COLORS = {".": 0x000000, "R": 0xFF0000, "G": 0x00FF00, "B": 0x0000FF, "Y": 0xFFFF00, "W": 0xFFFFFF}
INDEX = {letter: i for i, letter in enumerate(COLORS)}
F, ARROW, BOX = 0, 1, 2

sheet = displayio.Bitmap(24, 8, len(COLORS))
for y, line in enumerate(ART):
    for x, letter in enumerate(line.replace("|", "")):
        sheet[x, y] = INDEX[letter]
palette = displayio.Palette(len(COLORS))
for letter, color in COLORS.items():
    palette[INDEX[letter]] = color
palette.make_transparent(0)


def sprite(tile, x, y, flip_x=False, flip_y=False, transpose_xy=False, width=1, height=1):
    grid = displayio.TileGrid(sheet, pixel_shader=palette, width=width, height=height,
                              tile_width=8, tile_height=8, default_tile=tile, x=x, y=y)
    grid.flip_x = flip_x
    grid.flip_y = flip_y
    grid.transpose_xy = transpose_xy
    return grid


background = displayio.Bitmap(1, 1, 1)
background_palette = displayio.Palette(1)
background_palette[0] = 0x303030
screen = displayio.Group()
screen.append(displayio.TileGrid(background, pixel_shader=background_palette, width=160, height=128,
                                 tile_width=1, tile_height=1))

big = displayio.Group(scale=2)
screen.append(big)
for row, tile in enumerate((F, ARROW)):
    for i in range(8):
        big.append(sprite(tile, 2 + 10 * i, 2 + 10 * row,
                          flip_x=bool(i & 1), flip_y=bool(i & 2), transpose_xy=bool(i & 4)))

for i, (flip_x, transpose_xy) in enumerate(((False, False), (True, False), (False, True))):
    block = sprite(F, 2 + 26 * i, 24, flip_x=flip_x, transpose_xy=transpose_xy, width=3, height=2)
    for x, tile in enumerate((F, ARROW, BOX)):
        block[x, 0] = tile
        block[x, 1] = 2 - tile
    big.append(block)

strip = sprite(F, 4, 114, width=6)
for x in range(6):
    strip[x] = x % 3
screen.append(strip)

board.DISPLAY.root_group = screen
while True:
    time.sleep(1)
