# Reading back what board.DISPLAY shows (not a test itself): fill_row gives
# a row as the 16-bit panel receives it; each pixel is printed as the
# letter of its colour.
import board

COLORS = {0x000000: ".", 0xFF0000: "R", 0x00FF00: "G", 0x0000FF: "B", 0xFFFFFF: "W", 0xFFFF00: "Y",
          0x00FFFF: "C", 0xFF00FF: "M"}
LETTERS = {}
for rgb, letter in COLORS.items():
    r, g, b = rgb >> 16, (rgb >> 8) & 255, rgb & 255
    LETTERS[(r >> 3) << 11 | (g >> 2) << 5 | (b >> 3)] = letter

_row = bytearray(board.DISPLAY.width * 2)


def show(x=0, y=0, width=16, height=8):
    for yy in range(y, y + height):
        board.DISPLAY.fill_row(yy, _row)
        print("".join(LETTERS.get(_row[2 * xx] << 8 | _row[2 * xx + 1], "?") for xx in range(x, x + width)))
    print()
