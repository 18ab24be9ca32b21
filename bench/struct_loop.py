# struct: pack and unpack small records in a loop.
import struct
rec = struct.Struct('<HhIf')
acc = 0
buf = bytearray(12 * 64)
for n in range(9000):
    for i in range(64):
        rec.pack_into(buf, i * 12, i, -i, n * i, 0.5)
    for i in range(64):
        a, b, c, d = rec.unpack_from(buf, i * 12)
        acc += a + b + c
    acc += struct.unpack('<I', struct.pack('<I', n))[0]
print(acc)
