# displayio.TileGrid: construction and its checks, the tile numbers by
# index and by (x, y), the properties, contains(), replacing the bitmap or
# the shader, and Python subclasses as adafruit_display_shapes' Rect makes
# them.
import displayio


def attempt(f, message=True):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e if message else "")


sheet = displayio.Bitmap(12, 8, 4)      # 3 x 2 tiles of 4 x 4
palette = displayio.Palette(4)
cc = displayio.ColorConverter()

t = displayio.TileGrid(sheet, pixel_shader=palette)
print(t.width, t.height, t.tile_width, t.tile_height, t.x, t.y, t[0], t.hidden)
print(t.flip_x, t.flip_y, t.transpose_xy, t.bitmap is sheet, t.pixel_shader is palette)

g = displayio.TileGrid(sheet, pixel_shader=palette, width=3, height=2, tile_width=4, tile_height=4,
                       default_tile=5, x=-3, y=9)
print(g.width, g.height, g.tile_width, g.tile_height, g.x, g.y, [g[i] for i in range(6)])
g[0] = 1
g[2, 1] = 4
g[(1, 0)] = 2
print([g[i] for i in range(6)], g[1, 0], g[2, 1], g[[0, 0]])

# Tile and index errors.
attempt(lambda: g[6])
attempt(lambda: g[-1])
attempt(lambda: g[3, 0])
attempt(lambda: g[0, 2])
attempt(lambda: g[0, -1])
attempt(lambda: g[0, 1, 2])
attempt(lambda: g["a"])
attempt(lambda: g[0:2])


def store(i, v):
    g[i] = v


attempt(lambda: store(0, 6))
attempt(lambda: store(0, -1))
attempt(lambda: store(0, "1"))
try:
    del g[0]
except TypeError:
    print("TypeError")

# Properties.
g.x, g.y = 5, -7
g.flip_x, g.flip_y, g.transpose_xy, g.hidden = True, 1, True, True
print(g.x, g.y, g.flip_x, g.flip_y, g.transpose_xy, g.hidden)
for name in ("width", "height", "tile_width", "tile_height"):
    attempt(lambda: setattr(g, name, 2), False)
g.pixel_shader = cc
print(g.pixel_shader is cc)
attempt(lambda: setattr(g, "pixel_shader", sheet))
attempt(lambda: setattr(g, "pixel_shader", None))
other = displayio.Bitmap(12, 8, 256)
g.bitmap = other
print(g.bitmap is other)
attempt(lambda: setattr(g, "bitmap", displayio.Bitmap(12, 9, 2)))
attempt(lambda: setattr(g, "bitmap", palette))

# contains((x, y, z)): in the parent's coordinates.
c = displayio.TileGrid(sheet, pixel_shader=palette, width=2, tile_width=4, tile_height=4, x=10, y=20)
print(c.contains((10, 20, 0)), c.contains((17, 23, 0)), c.contains((18, 23, 0)), c.contains((9, 20, 0)),
      c.contains((10, 24, 0)), c.contains([12, 21, 5]))
attempt(lambda: c.contains((10, 20)))
attempt(lambda: c.contains(5))

# Construction errors.
attempt(lambda: displayio.TileGrid(sheet, pixel_shader=palette, tile_width=5))
attempt(lambda: displayio.TileGrid(sheet, pixel_shader=palette, tile_height=3))
attempt(lambda: displayio.TileGrid(sheet, pixel_shader=palette, tile_width=24))
attempt(lambda: displayio.TileGrid(sheet, pixel_shader=palette, tile_width=4, tile_height=4, default_tile=6))
attempt(lambda: displayio.TileGrid(palette, pixel_shader=palette))
attempt(lambda: displayio.TileGrid(sheet, pixel_shader=sheet))
attempt(lambda: displayio.TileGrid(sheet, pixel_shader=palette, width=-1))
attempt(lambda: displayio.TileGrid(sheet), False)
attempt(lambda: displayio.TileGrid(sheet, palette), False)
print(displayio.TileGrid(sheet, pixel_shader=palette, tile_width=None, tile_height=0).tile_width)

# Many tiles: tile numbers above 255.
big = displayio.Bitmap(40, 40, 2)
many = displayio.TileGrid(big, pixel_shader=palette, width=3, tile_width=2, tile_height=2, default_tile=399)
many[1] = 256
print(many[0], many[1], many[2])


def store_many(v):
    many[0] = v


attempt(lambda: store_many(400))


# Subclasses: the TileGrid part is set up by super().__init__().
class Rect(displayio.TileGrid):
    def __init__(self, x, y, width, height, *, fill=0x00FF00):
        self._bitmap = displayio.Bitmap(width, height, 2)
        self._palette = displayio.Palette(2)
        self._palette[1] = fill
        super().__init__(self._bitmap, pixel_shader=self._palette, x=x, y=y)


r = Rect(3, 4, 10, 5)
print(type(r).__name__, isinstance(r, displayio.TileGrid), r.x, r.y, r.tile_width, r.tile_height,
      hex(r.pixel_shader[1]))
group = displayio.Group()
group.append(r)
print(group[0] is r)


class Early(displayio.TileGrid):
    def __init__(self):
        pass


e = Early()
attempt(lambda: e.x)
group.append(e)
print(len(group))
