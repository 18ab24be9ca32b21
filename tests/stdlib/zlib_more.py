import zlib
samples = [b'', b'a', b'hello hello hello hello', bytes(range(256)) * 4, b'xyz' * 1000]
for s in samples:
    for lvl in (0, 1, 6, 9):
        c = zlib.compress(s, lvl)
        print(len(s), lvl, zlib.decompress(c) == s)
print(zlib.compress(b'abc'))
print(zlib.decompress(b'x\x9cKLJ\x06\x00\x02M\x01\'')) 
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.adler32(b''))
try:
    zlib.decompress(b'not zlib data')
except zlib.error as e:
    print('zlib.error', e)
raw = zlib.compress(b'raw data here')[2:-4]
print(zlib.decompress(raw, -15))
