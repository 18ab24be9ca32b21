#!/usr/bin/env python3
# Generates modules/font_builtin.c, the glyphs of terminalio.FONT, from
# Terminus Font's 6x12 face (ter-u12n), the font CircuitPython builds in.
# The generated file is committed; the build never runs this. To run it,
# install Debian's xfonts-terminus (`apt-get install xfonts-terminus`), then
#     python3 tools/gen_font.py [FONT.pcf.gz] > modules/font_builtin.c
#
# The font file is X11's PCF format. The glyphs go side by side into one
# 1-bit tile sheet, printable ASCII first (tile = code - 0x20, as
# CircuitPython's), then the extra characters below in code point order.
# The sheet is packed as displayio.Bitmap packs a 1-bit bitmap (as
# CircuitPython 9.2 and later): each row starts on a 32-bit word, pixel x is
# bit 7 - x % 8 of the row's byte x / 8. Written as bytes, so the data is
# the same on either byte order.
import gzip
import struct
import subprocess
import sys

FONT_PATH = '/usr/share/fonts/X11/misc/ter-u12n_unicode.pcf.gz'
PACKAGE = 'xfonts-terminus'
COPYRIGHT_FILE = '/usr/share/doc/xfonts-terminus/copyright'

# Beyond ASCII: Latin-1 (the degree sign, accented letters of western
# European languages), typographic quotes and dashes, the euro sign, arrows
# and shading blocks. Characters the font lacks are left out.
EXTRA = (list(range(0xA0, 0x100)) +
         [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x20AC,
          0x2190, 0x2191, 0x2192, 0x2193, 0x2588, 0x2591, 0x2592, 0x2593])

PCF_PROPERTIES, PCF_METRICS, PCF_BITMAPS, PCF_BDF_ENCODINGS = 1, 4, 8, 32
PCF_COMPRESSED_METRICS = 0x100


class Table:
    """One PCF table: its format word says the byte order of what follows."""

    def __init__(self, data, offset):
        self.data = data
        self.format = struct.unpack_from('<I', data, offset)[0]
        self.order = '>' if self.format & 4 else '<'
        self.pos = offset + 4

    def read(self, fmt):
        values = struct.unpack_from(self.order + fmt, self.data, self.pos)
        self.pos += struct.calcsize(self.order + fmt)
        return values if len(values) > 1 else values[0]


def read_pcf(path):
    data = gzip.open(path).read() if path.endswith('.gz') else open(path, 'rb').read()
    if data[:4] != b'\x01fcp':
        sys.exit(f'{path}: not a PCF font')
    count = struct.unpack_from('<I', data, 4)[0]
    tables = {}
    for i in range(count):
        kind, _fmt, _size, offset = struct.unpack_from('<IIII', data, 8 + 16 * i)
        tables[kind] = offset

    t = Table(data, tables[PCF_PROPERTIES])
    props_raw = [t.read('iBi') for _ in range(t.read('i'))]
    t.pos += (4 - len(props_raw) % 4) % 4
    strings = data[t.pos + 4:t.pos + 4 + t.read('i')]

    def cstr(off):
        return strings[off:strings.index(b'\0', off)].decode('latin-1')
    props = {cstr(name): cstr(value) if is_str else value for name, is_str, value in props_raw}

    t = Table(data, tables[PCF_METRICS])
    metrics = []
    if t.format & PCF_COMPRESSED_METRICS:
        for _ in range(t.read('h')):
            metrics.append(tuple(v - 0x80 for v in t.read('BBBBB')))
    else:
        for _ in range(t.read('i')):
            metrics.append(t.read('hhhhhH')[:5])

    t = Table(data, tables[PCF_BITMAPS])
    if (t.format >> 4) & 3 and not t.format & 4:
        sys.exit('unsupported PCF bitmap layout (scan units of LSB-first bytes)')
    msb_bits = bool(t.format & 8)
    pad = 1 << (t.format & 3)
    nglyphs = t.read('i')
    offsets = [t.read('i') for _ in range(nglyphs)]
    sizes = [t.read('i') for _ in range(4)]
    bits = data[t.pos:t.pos + sizes[t.format & 3]]

    t = Table(data, tables[PCF_BDF_ENCODINGS])
    min2, max2, min1, max1, _default = t.read('hhhhh')
    index = {}
    for b1 in range(min1, max1 + 1):
        for b2 in range(min2, max2 + 1):
            g = t.read('H')
            if g != 0xFFFF:
                index[(b1 << 8) | b2] = g

    def glyph(codepoint):
        """Rows of pixels (lists of 0/1) of the glyph, its metrics."""
        g = index[codepoint]
        left, right, _width, ascent, descent = metrics[g]
        w, h = right - left, ascent + descent
        stride = ((w + 7) // 8 + pad - 1) // pad * pad
        rows = []
        for y in range(h):
            row = bits[offsets[g] + y * stride:offsets[g] + (y + 1) * stride]
            rows.append([(row[x // 8] >> (7 - x % 8 if msb_bits else x % 8)) & 1 for x in range(w)])
        return rows, metrics[g]

    return props, index, glyph


def package_version():
    try:
        return subprocess.run(['dpkg-query', '-W', '-f', '${Version}', PACKAGE],
                              capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return '(version unknown)'


def licence_text():
    """The OFL as the package states it: it must travel with the glyphs."""
    text = open(COPYRIGHT_FILE, encoding='utf-8').read()
    start = text.index('-----------------------------------------------------------\nSIL OPEN FONT')
    return text[start:text.index('=====', start)].rstrip().split('\n')


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else FONT_PATH
    props, index, glyph = read_pcf(path)
    chars = list(range(0x20, 0x7F)) + [c for c in sorted(set(EXTRA)) if c in index]
    missing = [c for c in EXTRA if c not in index]
    # The cell: the font's bounding box over these glyphs (BDF's FONTBOUNDINGBOX).
    cell_w = max(glyph(c)[1][2] for c in chars)
    ascent = max(glyph(c)[1][3] for c in chars)
    cell_h = ascent + max(glyph(c)[1][4] for c in chars)

    sheet_w = cell_w * len(chars)
    stride = (sheet_w + 31) // 32
    rows_bytes = [[0] * (stride * 4) for _ in range(cell_h)]
    for tile, c in enumerate(chars):
        rows, (left, right, width, gascent, _gdescent) = glyph(c)
        if width != cell_w or left < 0 or right > cell_w or gascent > ascent:
            sys.exit(f'U+{c:04X} does not fit the {cell_w}x{cell_h} cell')
        for y, row in enumerate(rows):
            for x, on in enumerate(row):
                if on:
                    px = tile * cell_w + left + x
                    rows_bytes[ascent - gascent + y][px // 8] |= 0x80 >> (px % 8)

    out = []
    w = out.append
    w('// The glyphs of terminalio.FONT: GENERATED by tools/gen_font.py, do not edit.')
    w(f'// Font: Terminus Font {cell_w}x{cell_h} ({props["FONT"]}),')
    w(f'// from {path.rsplit("/", 1)[-1]} of Debian\'s {PACKAGE} {package_version()}.')
    w(f'// {props["COPYRIGHT"]}, with Reserved Font Name "Terminus Font".')
    w(f'// {props["NOTICE"]} (its text ends this file); the bitmap data')
    w('// derived from it here is distributed under the same licence.')
    w(f'// {len(chars)} tiles of {cell_w}x{cell_h}: printable ASCII (tile = code - 0x20), then the')
    w('// code points of `extra` in order.'
      + (f' Not in the font: {", ".join(f"U+{c:04X}" for c in missing)}.' if missing else ''))
    w('#include "fontio.h"')
    w('')
    w('#if COPPER_MODULE_FONTIO')
    w('')
    w(f'static _Alignas(uint32_t) const uint8_t sheet[{cell_h * stride * 4}] = {{')
    for row in rows_bytes:
        for i in range(0, len(row), 12):
            w('    ' + ' '.join(f'0x{v:02x},' for v in row[i:i + 12]))
    w('};')
    w('')
    extra = chars[0x7F - 0x20:]
    w(f'static const uint16_t extra[{len(extra)}] = {{')
    for i in range(0, len(extra), 10):
        w('    ' + ' '.join(f'0x{c:04x},' for c in extra[i:i + 10]))
    w('};')
    w('')
    w('// In RAM, not flash: displayio clears a bitmap\'s dirty area after a refresh.')
    w('BitmapObj fontio_builtin_bitmap = {')
    w('    .base = {&displayio_bitmap_type},')
    w(f'    .width = {sheet_w},')
    w(f'    .height = {cell_h},')
    w('    .bits = 1,')
    w('    .read_only = true,')
    w(f'    .stride = {stride},')
    w('    .data = (uint32_t *)sheet,')
    w('    .value_mask = 1,')
    w('};')
    w('')
    w('const BuiltinFontObj fontio_builtin_font = {')
    w('    .base = {&fontio_builtinfont_type},')
    w('    .bitmap = &fontio_builtin_bitmap,')
    w(f'    .width = {cell_w},')
    w(f'    .height = {cell_h},')
    w(f'    .extra_count = {len(extra)},')
    w('    .extra = extra,')
    w('};')
    w('')
    w('#endif')
    w('')
    w('// The licence of Terminus Font:')
    for line in licence_text():
        w(('// ' + line).rstrip())
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
