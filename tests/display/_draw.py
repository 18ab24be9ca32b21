# Draws _pattern's picture on a display, changes it after the first frames
# (the screen must show the result), as screen.sh asks: `_draw.py board R`
# uses board.DISPLAY turned by R degrees, `_draw.py ssd1306 R` an SSD1306
# on I2C (`sh1107 R`: the same with SH1107 addressing), `_draw.py breakout`
# an ST7735R breakout on SPI, `_draw.py console` prints to the console the
# display shows.
import sys
import time
import board
import busdisplay
import busio
import displayio
import fourwire
import i2cdisplaybus
from _pattern import COLORS, SPRITE, picture, sprite_end, sprite_start, value

SSD1306_INIT = bytes((
    0xAE, 0x00, 0x20, 0x01, 0x00, 0x81, 0x01, 0xCF, 0xA1, 0x00, 0xA6, 0x00, 0xC8, 0x00,
    0xA8, 0x01, 0x3F, 0xD5, 0x01, 0x80, 0xD9, 0x01, 0xF1, 0xDA, 0x01, 0x12, 0xDB, 0x01, 0x40,
    0x8D, 0x01, 0x14, 0xAF, 0x00,
))
ST7735R_INIT = bytes((
    0x01, 0x80, 150,          # software reset
    0x11, 0x80, 255,          # out of sleep
    0x36, 0x01, 0xC0,         # MADCTL: the breakout upright (portrait)
    0x3A, 0x01, 0x05,         # 16-bit colour
    0x13, 0x80, 10,           # normal mode
    0x29, 0x80, 100,          # display on
))


def make_display(kind, rotation):
    if kind in ("board", "console"):
        display = board.DISPLAY
        display.rotation = rotation
        return display
    displayio.release_displays()
    if kind in ("ssd1306", "sh1107"):
        # SH1107-style addressing on the SSD1306: its page addressing mode
        # (the mode after reset, so the init sequence leaves out 0x20).
        sh1107 = kind == "sh1107"
        init = SSD1306_INIT[:2] + SSD1306_INIT[5:] if sh1107 else SSD1306_INIT
        bus = i2cdisplaybus.I2CDisplayBus(busio.I2C(board.SCL, board.SDA), device_address=0x3C)
        return busdisplay.BusDisplay(bus, init, width=128, height=64, rotation=rotation, color_depth=1,
                                     grayscale=True, pixels_in_byte_share_row=False, set_column_command=0x21,
                                     set_row_command=0x22, data_as_commands=True, brightness_command=0x81,
                                     single_byte_bounds=True, SH1107_addressing=sh1107)
    spi = busio.SPI(board.SCK, MOSI=board.MOSI)
    bus = fourwire.FourWire(spi, command=board.D9, chip_select=board.D10, reset=board.D11)
    # width and height are the picture's, after rotation.
    width, height = (160, 128) if rotation % 180 else (128, 160)
    return busdisplay.BusDisplay(bus, ST7735R_INIT, width=width, height=height, rotation=rotation)


kind = sys.argv[1]
display = make_display(kind, int(sys.argv[2]) if len(sys.argv) > 2 else 0)
if kind == "console":
    print("Hello, display")
    time.sleep(0.1)
    sys.exit()
w, h = display.width, display.height
palette = displayio.Palette(len(COLORS))
for i, c in enumerate(COLORS):
    palette[i] = c
bitmap = displayio.Bitmap(w, h, len(COLORS))
for y in range(h):
    for x in range(w):
        bitmap[x, y] = value(x, y)
block = displayio.Bitmap(SPRITE, SPRITE, len(COLORS))
block.fill(3)
sprite = displayio.TileGrid(block, pixel_shader=palette, x=sprite_start(w, h)[0], y=sprite_start(w, h)[1])
group = displayio.Group()
group.append(displayio.TileGrid(bitmap, pixel_shader=palette))
group.append(sprite)
display.root_group = group
time.sleep(0.1)
for x in range(20, 30):
    bitmap[x, 10] = 4
sprite.x, sprite.y = sprite_end(w, h)
time.sleep(0.1)
final = picture(w, h)
print(all(bitmap[x, y] == final[y][x] for y in range(h) for x in range(w) if not (sprite.x <= x < sprite.x + SPRITE and sprite.y <= y < sprite.y + SPRITE)))
