#!/usr/bin/env python3
# Reads the serial console's text off a screenshot of a display that shows
# it (--screen / --snapshot of a board whose display shows the console):
#   tools/screen_text.py [--status] COPPER SHOT.png
# prints the scroll area's rows, top to bottom, trailing blanks stripped
# (with --status, the status bar's row above them instead: the title the
# supervisor sends); a cell that matches no printable ASCII glyph prints as '?'. The glyphs
# are read from terminalio.FONT by running COPPER itself, and the cells are
# laid out as terminalio.h describes the console: the built-in font at
# scale 1 (2 when more than 80 cells would fit across), a status bar on the
# top row, the scroll area right- and bottom-aligned below it. Lit pixels
# (any colour but black) are the glyph's ink.
# As a module: screen_rows(copper, png_path) -> list of str;
# status_row(copper, png_path) -> str.
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_compare import read_png   # noqa: E402

DUMP_FONT = '''
import terminalio
f = terminalio.FONT
w, h = f.get_bounding_box()
print(w, h)
for c in range(0x20, 0x7f):
    t = f.get_glyph(c).tile_index
    print(c, ''.join(str(f.bitmap[t * w + x, y]) for y in range(h) for x in range(w)))
'''


def font_glyphs(copper):
    lines = subprocess.run([copper, '-c', DUMP_FONT], capture_output=True, text=True, check=True).stdout.split('\n')
    w, h = map(int, lines[0].split())
    glyphs = {}
    for line in lines[1:]:
        if line:
            code, bits = line.split()
            glyphs.setdefault(bits, chr(int(code)))   # the first of equal glyphs (' ' before others)
    return w, h, glyphs


def read_cells(copper, png_path, status=False):
    """The rows of the scroll area, or the status bar's one row."""
    cell_w, cell_h, glyphs = font_glyphs(copper)
    width, height, px = read_png(png_path)
    scale = 2 if width // cell_w > 80 else 1
    w, h = width // scale, height // scale
    cols = max(w // cell_w, 1)
    rows = max(h // cell_h, 2) - 1
    x0, y0 = w - cols * cell_w, h - rows * cell_h
    if status:
        y0, rows = 0, 1   # the status bar: the top row, over the same columns
    text = []
    for row in range(rows):
        line = ''
        for col in range(cols):
            bits = ''.join('0' if px[(y0 + row * cell_h + y) * scale][(x0 + col * cell_w + x) * scale] == (0, 0, 0)
                           else '1' for y in range(cell_h) for x in range(cell_w))
            line += glyphs.get(bits, '?')
        text.append(line.rstrip())
    return text


def screen_rows(copper, png_path):
    return read_cells(copper, png_path)


def status_row(copper, png_path):
    return read_cells(copper, png_path, status=True)[0]


if __name__ == '__main__':
    args = sys.argv[1:]
    status = args[:1] == ['--status']
    if status:
        args = args[1:]
    if len(args) != 2:
        sys.exit('usage: screen_text.py [--status] COPPER SHOT.png')
    print('\n'.join(read_cells(args[0], args[1], status)))
