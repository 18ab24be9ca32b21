print(list(b'\x00\x10\xff'), bytes([0x41, 0x42]), b'AB'[0] + b'AB'[1])
n = 0x12345678
be = n.to_bytes(4, 'big')
le = n.to_bytes(4, 'little')
print(be, le, be.hex(), le.hex(), int.from_bytes(be, 'big') == n, int.from_bytes(le, 'little') == n)
print(int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'\x7f', 'big', signed=True))
print([b for b in (-2).to_bytes(2, 'big', signed=True)], bytes(4) == b'\x00' * 4)
