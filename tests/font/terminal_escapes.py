# terminalio.Terminal's escape sequences (those CircuitPython's terminal
# handles), also split across writes, and the OSC title on the status bar.
import displayio
from terminalio import FONT, Terminal

W, H = FONT.get_bounding_box()
palette = displayio.Palette(2)


def grid(cols, rows):
    return displayio.TileGrid(FONT.bitmap, pixel_shader=palette, width=cols, height=rows,
                              tile_width=W, tile_height=H)


def show(tg, label):
    print(label)
    for y in range(tg.height):
        print("  |" + "".join(chr(tg[x, y] + 32) for x in range(tg.width)) + "|")


tg = grid(8, 4)
t = Terminal(tg, FONT)
t.write("abcdefg")
t.write("\x1b[2J")
print("clear screen: cursor", t.cursor_x, t.cursor_y)
t.write("top\r\nnext")
show(tg, "after ESC[2J text starts at the top")

t.write("\x1b[3;5HX\x1b[1;1HY\x1b[9;99HZ")
show(tg, "ESC[row;colH, 1-based, clamped; Z in the last cell wraps and scrolls")
print("cursor", t.cursor_x, t.cursor_y)
t.write("\x1b[;HH\x1b[HI")
show(tg, "ESC[;H and ESC[H go home")

t.write("\x1b[2;1H12345678\x1b[2;4H\x1b[K")
show(tg, "ESC[K clears to the end of the line")
t.write("\x1b[2;1H12345678\x1b[2;4H\x1b[1K")
show(tg, "ESC[1K clears the start up to the cursor")
t.write("\x1b[2;4H\x1b[2K")
show(tg, "ESC[2K clears the line")

t.write("\x1b[4;8H\x1b[3D!\x1b[99D<")
show(tg, "ESC[nD moves left, stopping at column 0")

# Sequences cut between writes.
t.write("\x1b[2J\x1b")
t.write("[")
t.write("2;")
t.write("3")
t.write("Hs\x1b[")
t.write("K")
show(tg, "split sequences")

# Sequences this terminal ignores are swallowed whole.
t.write("\x1b[2J\x1b[31mr\x1b[0mn\x1b[?25lc\x1b[?25hv\x1b[3Aa\x1b[5;5rs")
show(tg, "ignored CSI sequences")
t.write("\x1b(x\x1b7y")
show(tg, "ESC + another character: the ESC is dropped")

# OSC title: shown on the status bar when there is one, else dropped.
t.write("\x1b]0;title\x1b\\after")
show(tg, "no status bar: the title is dropped")

bar = grid(6, 2)
tg2 = grid(5, 2)
t2 = Terminal(tg2, FONT, status_bar=bar)
t2.write("\x1b]0;\U0001F40Dcode.py | 9.2\x1b\\ok")
show(bar, "status bar (wraps; the snake is not in the font)")
show(tg2, "scroll area")
t2.write("\x1b]0;Do")
t2.write("ne\x1b")
t2.write("\\")
show(bar, "new title, split")
t2.write("\x1b]2;ignored\x1b\\\x1b]0;\x1b\\")
show(bar, "OSC 2 ignored; an empty OSC 0 clears the bar")
t2.write("\x1b]0;a\x1bb\x1b\\")
show(bar, "ESC inside the title is not a terminator")
show(tg2, "scroll area unchanged")

# Bad arguments.
for args, kw in [((None, FONT), {}), ((tg, None), {}), ((tg, FONT), {"status_bar": 5}),
                 ((tg,), {}), ((tg, FONT, bar), {})]:
    try:
        Terminal(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Terminal(grid(1, 1), FONT)
except ValueError as e:
    print("ValueError", e)
Terminal(grid(2, 1), FONT).write("abc")
for bad in None, 5, ["a"]:
    try:
        t.write(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    t.cursor_x = 1
except AttributeError:
    print("AttributeError: cursor_x is read-only")
