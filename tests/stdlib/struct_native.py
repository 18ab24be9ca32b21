import struct
print(struct.calcsize('bi'), struct.calcsize('=bi'), struct.calcsize('bd'), struct.calcsize('<bd'))
print(struct.calcsize('hbi'), struct.calcsize('ih'), struct.calcsize('@?q'), struct.calcsize('3s2x'))
print(struct.pack('@bi', 1, 2) == struct.pack('b3xi', 1, 2), struct.unpack('@bh', struct.pack('@bh', -1, -2)))
print(struct.pack('>2h3s?', 1, -1, b'ab', True), struct.unpack('<5B', bytes(range(5))))
for fmt in ['<b', '<H', '>i', '<q', '>d', '<e', '!f']:
    n = struct.calcsize(fmt)
    print(fmt, n, struct.unpack(fmt, bytes(n)))
print(struct.pack('<i', 0x12345678).hex(), struct.pack('>i', 0x12345678).hex())
print(struct.unpack('<hh', struct.pack('>hh', 1, 2)))
print(struct.pack('<e', 65504.0).hex(), struct.unpack('<e', b'\x00\x3c'))
