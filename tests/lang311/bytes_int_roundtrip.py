import struct
for n in [0, 1, 127, 128, 255, 256, 0x7fffffff, 0x80000000, 0xffffffff]:
    le = n.to_bytes(4, 'little')
    be = n.to_bytes(4, 'big')
    print(n, le.hex(), be.hex(), le == struct.pack('<I', n), int.from_bytes(le, 'little') == n)
for n in [-1, -2 ** 31, 2 ** 31 - 1]:
    print(n, n.to_bytes(4, 'little', signed=True) == struct.pack('<i', n))
x = 0
for i in range(70):
    x |= 1 << i
print(x.bit_length(), x == 2 ** 70 - 1, len(x.to_bytes(9, 'big')), (x + 1).bit_length())
print(int.from_bytes(bytes(range(1, 17)), 'big'), int.from_bytes(b'\x00' * 20 + b'\x01', 'little'))
