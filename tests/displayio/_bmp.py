# Writing small BMP files for the OnDiskBitmap tests (not a test itself).
import struct


def bmp_bytes(pixels, bits, palette=None, masks=None, header=40, top_down=False, compression=None):
    """pixels: rows top to bottom of values (palette indices, or the raw
    16/24/32-bit pixel values). masks: bitfields for 16/32-bit files."""
    height = len(pixels)
    width = len(pixels[0])
    stride = (width * bits + 31) // 32 * 4
    rows = []
    for row in pixels:
        data = bytearray(stride)
        for x, v in enumerate(row):
            if bits < 8:
                shift = 8 - bits - (x * bits) % 8
                data[x * bits // 8] |= v << shift
            else:
                n = bits // 8
                data[x * n:x * n + n] = v.to_bytes(n, "little")
        rows.append(bytes(data))
    if not top_down:
        rows.reverse()
    if compression is None:
        compression = 3 if masks else 0
    colors = b""
    if palette:
        entry = 3 if header == 12 else 4
        colors = b"".join(struct.pack("<BBBB", c & 255, (c >> 8) & 255, c >> 16, 0)[:entry] for c in palette)
    extra = b""
    if masks:
        extra = struct.pack("<III", *masks)
    if header == 12:
        info = struct.pack("<IHHHH", 12, width, height, 1, bits)
    else:
        info = struct.pack("<IiiHHIIiiII", header, width, -height if top_down else height, 1, bits,
                           compression, 0, 2835, 2835, len(palette or ()), 0)
        if header > 40:
            info += (extra + bytes(header - 40))[:header - 40]
            extra = b""
    offset = 14 + len(info) + len(extra) + len(colors)
    body = info + extra + colors + b"".join(rows)
    return b"BM" + struct.pack("<IHHI", 14 + len(body), 0, 0, offset) + body


def write_bmp(path, *args, **kwargs):
    with open(path, "wb") as f:
        f.write(bmp_bytes(*args, **kwargs))
