# zlib errors: argument checks and zlib's messages for bad streams.
import zlib


def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


c = bytes.fromhex('789ccb48cdc9c957c840909000003a2e067d')   # zlib.compress(b'hello hello hello')
t(lambda: zlib.decompress(c[:-1]))
t(lambda: zlib.decompress(c[:-5]))
t(lambda: zlib.decompress(c[:2]))
t(lambda: zlib.decompress(b''))
t(lambda: zlib.decompress(b'\x78'))
t(lambda: zlib.decompress(b'abc'))
t(lambda: zlib.decompress(b'\x79\x9c'))
t(lambda: zlib.decompress(b'\x88\x98' + c[2:]))
t(lambda: zlib.decompress(c[:-1] + b'\x00'))
t(lambda: zlib.decompress(b'\x78\xbb\x00\x00\x00\x01'))
for wbits in (8, 9, 16, 7, 0, 47, 48, -15, 31, 40, 32, 24, -7, -16, 100, -100):
    t(lambda: zlib.decompress(c, wbits))
t(lambda: zlib.decompress(c[2:-4], -15))
t(lambda: zlib.decompress(c[2:-4], -8))
t(lambda: zlib.decompress(c[2:-4], -7))
t(lambda: zlib.decompress(b'\x07' + c[3:], -15))
t(lambda: zlib.decompress(b'\x00\x05\x00\xfa\xffhello', -15))
t(lambda: zlib.decompress(b'\x01\x05\x00\xfa\xffhello', -15))
t(lambda: zlib.decompress(b'\x01\x05\x00\xfb\xffhello', -15))
t(lambda: zlib.decompress(b'\x01\x05\x00\xfa\xffhel', -15))
t(lambda: zlib.decompress(b'\x02\x00', -15))
t(lambda: zlib.decompress(b'\x05\xe0\xff\xff\xff\xff', -15))
t(lambda: zlib.decompress(b'\x1f\x8b\x08\x20' + b'\0' * 6 + b'\x03\x00' + b'\0' * 8, 31))
t(lambda: zlib.decompress(b'\x1f\x8b\x07\x00' + b'\0' * 6 + b'\x03\x00' + b'\0' * 8, 31))
t(lambda: zlib.decompress(b'\x1f\x8b\x08\x00' + b'\0' * 6 + b'\x03\x00' + b'\0' * 8, 31))
t(lambda: zlib.decompress(b'\x1f\x8b\x08\x00' + b'\0' * 6 + b'\x03\x00' + b'\0' * 4 + b'\x01\0\0\0', 31))
t(lambda: zlib.decompress(b'\x1f\x8b\x08\x00' + b'\0' * 6 + b'\x03\x00' + b'\0' * 7, 31))
t(lambda: zlib.decompress(c, 31))
t(lambda: zlib.decompress('str'))
t(lambda: zlib.decompress(5))
t(lambda: zlib.decompress(c, 15, -1))
t(lambda: zlib.decompress(b'x\x9c', 'a'))
t(lambda: zlib.decompress(b'x\x9c', 15, 'a'))
t(lambda: zlib.decompress(data=c))
t(lambda: zlib.decompress())
t(lambda: zlib.compress(b'x', 10))
t(lambda: zlib.compress(b'x', -2))
t(lambda: zlib.compress('x'))
t(lambda: zlib.compress())
t(lambda: zlib.compress(b'abc', 'a'))
t(lambda: zlib.compress(b'abc', 6, 15, 1))
for wbits in (7, 8, 16, 24, 32, -8, -16, 100):
    t(lambda: zlib.decompress(zlib.compress(b'abc', 6, wbits), wbits))
t(lambda: zlib.crc32())
t(lambda: zlib.crc32('x'))
t(lambda: zlib.crc32(b'', 'a'))
t(lambda: zlib.crc32(b'', 1, 2))
t(lambda: zlib.adler32(5))
try:
    zlib.decompress(b'junk')
except zlib.error as e:
    print(type(e), e.args)
# Every single-byte corruption of a dynamic-Huffman stream made by CPython.
d = bytes.fromhex('78da15c9411100301083402b670d12ff1a9a32c36b453db9033164975f271d93d103204a0e85')
for i in range(len(d)):
    for x in (1, 0x10, 0x80, 0xff):
        b = bytearray(d)
        b[i] ^= x
        try:
            r = zlib.decompress(bytes(b))
            print(i, x, 'ok', len(r), zlib.crc32(r))
        except zlib.error as e:
            print(i, x, e)
