#!/usr/bin/env python3
# Compares the pixels of two PNG files (what a simulated display showed,
# --screen/--snapshot, against an expected image):
#   tools/png_compare.py ACTUAL.png EXPECTED.png
# prints nothing and exits 0 when both have the same size and the same
# colour at every pixel; otherwise prints the size difference or the first
# differing pixel (row by row from the top left) and exits 1. Python's
# standard library only: reads 8-bit grey, grey+alpha, RGB and RGBA PNGs
# without interlacing (alpha is ignored), and writes RGB ones, so tests can
# build their expected images: `from png_compare import read_png, write_png`.
import struct, sys, zlib

SIGNATURE = b'\x89PNG\r\n\x1a\n'
CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}   # colour type -> bytes per pixel


def unfilter(raw, width, height, bpp):
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            elif kind != 0:
                raise ValueError('bad filter type %d' % kind)
        rows.append(line)
        prev = line
    return rows


def read_png(path):
    """(width, height, pixels): pixels[y][x] is an (r, g, b) tuple."""
    data = open(path, 'rb').read()
    if data[:8] != SIGNATURE:
        raise ValueError('%s: not a PNG file' % path)
    pos, idat, header = 8, b'', None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        elif kind == b'IEND':
            break
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in CHANNELS or interlace != 0:
        raise ValueError('%s: only 8-bit grey/RGB(A) PNGs without interlacing' % path)
    bpp = CHANNELS[colour]
    rows = unfilter(zlib.decompress(idat), width, height, bpp)
    pixels = []
    for line in rows:
        if bpp <= 2:
            pixels.append([(v, v, v) for v in line[::bpp]])
        else:
            pixels.append([tuple(line[x:x + 3]) for x in range(0, len(line), bpp)])
    return width, height, pixels


def write_png(path, width, height, pixels):
    """Writes pixels[y][x] = (r, g, b) as an 8-bit RGB PNG."""
    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body))
    raw = b''.join(b'\x00' + bytes(v for p in row for v in p) for row in pixels)
    with open(path, 'wb') as f:
        f.write(SIGNATURE + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)) +
                chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def first_difference(actual, expected):
    """None when the images match, else a line saying how they differ."""
    aw, ah, apx = actual
    ew, eh, epx = expected
    if (aw, ah) != (ew, eh):
        return 'size %dx%d, expected %dx%d' % (aw, ah, ew, eh)
    for y in range(ah):
        if apx[y] != epx[y]:
            x = next(x for x in range(aw) if apx[y][x] != epx[y][x])
            return 'pixel (%d, %d) is %s, expected %s' % (x, y, apx[y][x], epx[y][x])
    return None


def main():
    if len(sys.argv) != 3:
        print('usage: png_compare.py ACTUAL.png EXPECTED.png', file=sys.stderr)
        return 2
    try:
        diff = first_difference(read_png(sys.argv[1]), read_png(sys.argv[2]))
    except (OSError, ValueError) as e:
        print(e)
        return 1
    if diff:
        print('%s: %s' % (sys.argv[1], diff))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
