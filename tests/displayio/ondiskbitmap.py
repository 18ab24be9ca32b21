# displayio.OnDiskBitmap: BMP files written here, opened by name or as an
# open binary file; their size and pixel shader (a Palette of the file's
# colours, or a ColorConverter); the files it refuses.
import os
import displayio
from _bmp import bmp_bytes, write_bmp
from _tmpname import tmpname


def attempt(f, message=True):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e if message else "")


path = tmpname("odb") + ".bmp"

write_bmp(path, [[0, 1, 1], [1, 0, 0]], 1, palette=[0x000000, 0xFF8000])
b = displayio.OnDiskBitmap(path)
print(b.width, b.height, type(b.pixel_shader).__name__, len(b.pixel_shader), [hex(c) for c in b.pixel_shader])
with open(path, "rb") as f:
    b = displayio.OnDiskBitmap(f)
    print(b.width, b.height)

write_bmp(path, [[0, 5, 15, 3]], 4, palette=[0x010203 * i for i in range(16)])
b = displayio.OnDiskBitmap(path)
print(b.width, b.height, len(b.pixel_shader), hex(b.pixel_shader[15]))

write_bmp(path, [[0], [200], [255]], 8, palette=[i * 0x010101 for i in range(256)])
b = displayio.OnDiskBitmap(path)
print(b.width, b.height, len(b.pixel_shader), hex(b.pixel_shader[200]))

# clrUsed: only as many colours as the file lists.
write_bmp(path, [[0, 1, 2]], 8, palette=[0xFF0000, 0x00FF00, 0x0000FF])
b = displayio.OnDiskBitmap(path)
print(len(b.pixel_shader), [hex(c) for c in b.pixel_shader])

# An OS/2 (12-byte header) file: 3-byte palette entries.
write_bmp(path, [[1, 0]], 1, palette=[0x112233, 0x445566], header=12)
b = displayio.OnDiskBitmap(path)
print(b.width, b.height, [hex(c) for c in b.pixel_shader])

for bits, masks in ((16, None), (16, (0xF800, 0x07E0, 0x001F)), (24, None), (32, None),
                    (32, (0xFF0000, 0xFF00, 0xFF))):
    write_bmp(path, [[0, 1], [2, 3], [4, 5]], bits, masks=masks)
    b = displayio.OnDiskBitmap(path)
    print(bits, masks is not None, b.width, b.height, type(b.pixel_shader).__name__)

write_bmp(path, [[1, 2, 3], [4, 5, 6]], 24, top_down=True, header=124)
b = displayio.OnDiskBitmap(path)
print(b.width, b.height)

# Files it refuses.
with open(path, "wb") as f:
    f.write(b"GIF89a" + bytes(40))
attempt(lambda: displayio.OnDiskBitmap(path))
with open(path, "wb") as f:
    f.write(b"BM")
attempt(lambda: displayio.OnDiskBitmap(path))
with open(path, "wb") as f:
    f.write(bmp_bytes([[1]], 8, palette=[0, 1], compression=1))
attempt(lambda: displayio.OnDiskBitmap(path))
with open(path, "wb") as f:
    data = bytearray(bmp_bytes([[1]], 8, palette=[0, 1]))
    data[14] = 64
    f.write(data)
attempt(lambda: displayio.OnDiskBitmap(path))
with open(path, "wb") as f:
    f.write(bmp_bytes([[1]], 8, palette=[0, 1])[:60])
attempt(lambda: displayio.OnDiskBitmap(path))
with open(path, "wb") as f:
    f.write(bmp_bytes([[1]], 3, palette=[0, 1]))
attempt(lambda: displayio.OnDiskBitmap(path))
attempt(lambda: displayio.OnDiskBitmap(path + ".missing"), False)
with open(path, "r") as f:
    attempt(lambda: displayio.OnDiskBitmap(f))
attempt(lambda: displayio.OnDiskBitmap(3))
f = open(path, "rb")
f.close()
attempt(lambda: displayio.OnDiskBitmap(f))
os.remove(path)
