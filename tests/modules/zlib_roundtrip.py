# zlib.compress/decompress round trips, checksums and constants.
import zlib

text = b''.join(b'line %d: the quick brown fox jumps over the lazy dog %d\n' % (i, i * i % 97) for i in range(200))
samples = [b'', b'a', b'hello hello hello', b'abcabcabcabc' * 50, bytes(range(256)) * 40,
           b'x' * 70000, text, bytes((i * 7919) % 251 for i in range(5000))]
for data in samples:
    for level in (-1, 0, 1, 5, 9):
        for wbits in (15, 9, -15, -9, 31, 25):
            c = zlib.compress(data, level, wbits)
            ok = zlib.decompress(c, wbits) == data
            auto = wbits < 0 or zlib.decompress(c, 47) == data
            print(len(data), level, wbits, ok, auto, len(c) <= len(data) + len(data) // 100 + 40)
print(zlib.compress(b''), zlib.compress(b'', 0), zlib.compress(b'a', 0), zlib.compress(b'', 9))
print(zlib.compress(b'', 1), zlib.compress(b'', 5), zlib.compress(b'', 0, 31), zlib.compress(b'', 9, 31))
print(zlib.compress(b'', 1, -9), zlib.compress(b'x', wbits=8)[:2], zlib.compress(b'x', level=5)[:2])
print(zlib.decompress(zlib.compress(bytearray(b'ba'))), zlib.decompress(zlib.compress(memoryview(b'mv'))))
print(len(zlib.compress(text)) < len(text) // 2)
for data in samples[:6]:
    print(zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b'hello', 1), zlib.crc32(b'x', -1), zlib.crc32(b'x', 1 << 40), zlib.crc32(b'x', True))
print(zlib.adler32(b'hello', 5), zlib.adler32(b'x' * 100000), zlib.adler32(b'x', -1), zlib.adler32(b''))
crc = 0
adler = 1
for i in range(0, len(text), 1000):
    crc = zlib.crc32(text[i:i + 1000], crc)
    adler = zlib.adler32(text[i:i + 1000], adler)
print(crc == zlib.crc32(text), adler == zlib.adler32(text))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL, zlib.Z_BEST_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_COMPRESSION)
print(zlib.error, zlib.error.__mro__, issubclass(zlib.error, Exception))
