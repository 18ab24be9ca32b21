import zlib, binascii
for d in [b'', b'a', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(1000)]:
    print(zlib.crc32(d), binascii.crc32(d) == zlib.crc32(d), zlib.adler32(d))
print(zlib.crc32(b'def', zlib.crc32(b'abc')) == zlib.crc32(b'abcdef'))
print(zlib.adler32(b'def', zlib.adler32(b'abc')) == zlib.adler32(b'abcdef'))
big = b''.join(bytes([i % 7, i % 13]) for i in range(3000))
print(zlib.decompress(zlib.compress(big)) == big, zlib.decompress(zlib.compress(bytearray(b'ba'))))
print(zlib.MAX_WBITS if hasattr(zlib, 'MAX_WBITS') else 15)
