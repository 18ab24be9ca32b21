# copper: args --board metro_m4_express --virtual-time --display st7735r@D10,D9
# The serial console on a display (terminalio's console group, shown by a
# BusDisplay until the program gives it a root group): the supervisor's
# layout for several panel sizes, and console output read back as tiles.
import board
import busdisplay
import displayio
import fourwire
from terminalio import FONT

INIT = b"\x01\x80\x80\x11\x80\x78\x3a\x01\x55\x29\x80\x14"
displayio.release_displays()
spi = board.SPI()


def make(w, h):
    bus = fourwire.FourWire(spi, command=board.D9, chip_select=board.D10)
    return busdisplay.BusDisplay(bus, INIT, width=w, height=h)


def row_text(grid, y):
    out = ""
    for x in range(grid.width):
        t = grid[x, y]
        out += chr(t + 32) if t < 95 else "°" if t == FONT.get_glyph(0xB0).tile_index else "?"
    return out.rstrip()


layouts = []
for w, h in (160, 128), (240, 240), (320, 240), (480, 320), (486, 320), (800, 480):
    g = make(w, h).root_group
    area, bar = g[0], g[1]
    layouts.append((w, h, g.scale, area.width, area.height, area.x, area.y, bar.width, bar.height, bar.x, bar.y))
    displayio.release_displays()

display = make(160, 128)
g = display.root_group
area, bar = g[0], g[1]
print("\x1b]0;code.py | test\x1b\\", end="")
print("hello 21°C")
print("x" * 30)
rows = [row_text(area, y) for y in range(area.height)]
title = row_text(bar, 0)
print("layouts (w, h, scale, area w h x y, bar w h x y):")
for l in layouts:
    print(" ", l)
print("status bar:", repr(title))
for y in range(area.height - 4, area.height):
    print("row", y, repr(rows[y]))
