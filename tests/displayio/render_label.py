# copper: args --board pybadge
# A label built the way adafruit_display_text builds one: a Group subclass
# holding a scaled inner group of one TileGrid per glyph of the built-in
# font, over a background TileGrid; its scale is a Python property of the
# subclass. Drawn, changed and drawn again, read back with fill_row.
import board
import displayio
import terminalio

display = board.DISPLAY
display.auto_refresh = False
font = terminalio.FONT
cell_w, cell_h = font.get_bounding_box()


class Label(displayio.Group):
    def __init__(self, font, *, text="", color=0xFFFFFF, background_color=None, x=0, y=0, scale=1):
        super().__init__(x=x, y=y, scale=1)
        self._font = font
        self._palette = displayio.Palette(2)
        self._palette.make_transparent(0)
        self._palette[1] = color
        self._background = displayio.Palette(1)
        if background_color is None:
            self._background.make_transparent(0)
        else:
            self._background[0] = background_color
        self._local_group = displayio.Group(scale=scale)
        self.append(self._local_group)
        self._text = ""
        self.text = text

    @property
    def scale(self):
        return self._local_group.scale

    @scale.setter
    def scale(self, value):
        self._local_group.scale = value

    @property
    def text(self):
        return self._text

    @text.setter
    def text(self, text):
        while len(self._local_group):
            self._local_group.pop()
        box = displayio.Bitmap(max(1, len(text) * cell_w), cell_h, 1)
        self._local_group.append(displayio.TileGrid(box, pixel_shader=self._background))
        for i, ch in enumerate(text):
            glyph = self._font.get_glyph(ord(ch))
            self._local_group.append(displayio.TileGrid(glyph.bitmap, pixel_shader=self._palette,
                                                        default_tile=glyph.tile_index, tile_width=glyph.width,
                                                        tile_height=glyph.height, x=i * cell_w))
        self._text = text


row = bytearray(display.width * 2)


def show(x, y, width, height):
    for yy in range(y, y + height):
        display.fill_row(yy, row)
        line = ""
        for xx in range(x, x + width):
            pixel = row[2 * xx] << 8 | row[2 * xx + 1]
            line += {0x0000: ".", 0xFFFF: "#", 0x001F: "b"}.get(pixel, "?")
        print(line)
    print()


label = Label(font, text="Hi", x=2, y=1)
display.root_group = label
print(type(label).__name__, isinstance(label, displayio.Group), label.x, label.y, label.scale, len(label))
show(0, 0, 16, 12)
label.text = "o!"
label.scale = 2
label._background[0] = 0x0000FF
label._background.make_opaque(0)
print(label.text, label.scale, len(label._local_group))
show(0, 0, 28, 24)
