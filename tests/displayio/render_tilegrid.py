# copper: args --board pybadge
# What TileGrids put on the display, read back with fill_row: tiles cut
# from a sheet, flips and transposition, group scale and position,
# transparency between layers, hidden layers, and clipping at the
# display's edges.
import board
import displayio
from _screen import show

display = board.DISPLAY
display.auto_refresh = False

# A 3 x 2 sprite: R G B on top, W Y . below (value 0 transparent).
sprite = displayio.Bitmap(3, 2, 8)
for i, v in enumerate((1, 2, 3, 4, 5, 0)):
    sprite[i] = v
palette = displayio.Palette(8)
for i, c in enumerate((0x000000, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0xFFFF00, 0x00FFFF, 0xFF00FF)):
    palette[i] = c
palette.make_transparent(0)

root = displayio.Group()
display.root_group = root
cases = (
    dict(),
    dict(flip_x=True),
    dict(flip_y=True),
    dict(transpose_xy=True),
    dict(transpose_xy=True, flip_x=True),
    dict(transpose_xy=True, flip_y=True),
    dict(transpose_xy=True, flip_x=True, flip_y=True),
)
for i, attrs in enumerate(cases):
    t = displayio.TileGrid(sprite, pixel_shader=palette, x=4 * i, y=0)
    for name, value in attrs.items():
        setattr(t, name, value)
    root.append(t)
show(0, 0, 28, 3)

# Scale: a group at (2, 4) with scale 2 holds the sprite at (1, 0); a
# nested group doubles it again.
while len(root):
    root.pop()
g = displayio.Group(scale=2, x=2, y=4)
g.append(displayio.TileGrid(sprite, pixel_shader=palette, x=1))
inner = displayio.Group(scale=2, x=5)
turned = displayio.TileGrid(sprite, pixel_shader=palette)
turned.transpose_xy = True
inner.append(turned)
g.append(inner)
root.append(g)
show(0, 4, 24, 12)

# A grid of tiles from a sheet of four 2 x 2 tiles, flipped as a whole.
root.pop()
sheet = displayio.Bitmap(8, 2, 8)
for x in range(8):
    for y in range(2):
        sheet[x, y] = x // 2 + 1 if (x + y) % 2 == 0 else 6
grid = displayio.TileGrid(sheet, pixel_shader=palette, width=3, height=2, tile_width=2, tile_height=2)
for i, tile in enumerate((0, 1, 2, 3, 2, 1)):
    grid[i] = tile
root.append(grid)
show(0, 0, 8, 5)
grid.flip_x = True
show(0, 0, 8, 5)
grid.flip_x = False
grid.transpose_xy = True
show(0, 0, 8, 7)

# Layers: later ones on top; transparent pixels show what is below;
# hidden layers and groups are not drawn.
root.pop()
back = displayio.Bitmap(6, 3, 8)
back.fill(7)
root.append(displayio.TileGrid(back, pixel_shader=palette))
top = displayio.TileGrid(sprite, pixel_shader=palette, x=1, y=1)
root.append(top)
show(0, 0, 8, 4)
top.hidden = True
show(0, 0, 8, 4)
top.hidden = False
root.hidden = True
show(0, 0, 8, 4)
root.hidden = False

# Clipping at the display's edges.
while len(root):
    root.pop()
for x, y in ((-1, -1), (158, 30), (80, 127)):
    root.append(displayio.TileGrid(sprite, pixel_shader=palette, x=x, y=y))
show(0, 0, 4, 2)
show(156, 30, 4, 2)
show(78, 126, 6, 2)

# A ColorConverter shades colour values: here RGB565 ones.
while len(root):
    root.pop()
colors = displayio.Bitmap(4, 1, 65536)
for i, c in enumerate((0xF800, 0x07E0, 0x001F, 0xFFE0)):
    colors[i] = c
cc = displayio.ColorConverter(input_colorspace=displayio.Colorspace.RGB565)
cc.make_transparent(0x07E0)
root.append(displayio.TileGrid(colors, pixel_shader=cc))
show(0, 0, 5, 1)
