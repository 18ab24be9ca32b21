# 20 sprites of 16x16 moving over a 160x128 background on the PyBadge's
# display, one refresh per frame. bench.py divides the frames by the host
# time taken. The program prints the heap the scene costs: a full-screen
# TileGrid of 16x16 tiles, its sprite sheet, the sprites and their palette.
import gc
import board
import displayio

FRAMES = 300
display = board.DISPLAY
display.auto_refresh = False

gc.collect()
before = gc.mem_alloc()
sheet = displayio.Bitmap(64, 16, 4)          # four 16x16 tiles
for x in range(64):
    for y in range(16):
        tile = x // 16
        if tile == 0:
            sheet[x, y] = 1 if (x + y) % 8 < 4 else 2     # background checks
        elif (x % 16 - 8) ** 2 + (y - 8) ** 2 < 40:
            sheet[x, y] = tile                              # round sprites
palette = displayio.Palette(4)
palette[0] = 0x000000
palette.make_transparent(0)
palette[1] = 0x203040
palette[2] = 0x304050
palette[3] = 0xF0C020
root = displayio.Group()
background = displayio.TileGrid(sheet, pixel_shader=palette, width=10, height=8, tile_width=16, tile_height=16)
root.append(background)
sprites = []
for i in range(20):
    s = displayio.TileGrid(sheet, pixel_shader=palette, tile_width=16, tile_height=16,
                           default_tile=1 + i % 3, x=(i * 37) % 144, y=(i * 23) % 112)
    sprites.append(s)
    root.append(s)
gc.collect()
print("scene heap bytes:", gc.mem_alloc() - before)

display.root_group = root
display.refresh()
for frame in range(FRAMES):
    for i, s in enumerate(sprites):
        s.x = (s.x + 1 + i % 3) % 144
        s.y = (s.y + 1 + i % 2) % 112
    display.refresh()
print("frames:", FRAMES)
