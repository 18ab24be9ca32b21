for n in [0, 1, 255, 256, 65535, 2 ** 32, 2 ** 64 + 5]:
    print(n, n.bit_length(), n.to_bytes(10, 'big').hex(), n.to_bytes(10, 'little').hex())
for n in [-1, -128, -129, 127, -(2 ** 63)]:
    b = n.to_bytes(9, 'big', signed=True)
    print(n, (-n).bit_length(), n.bit_length(), b.hex(), int.from_bytes(b, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x80'), 'little', signed=True))
print((1024).to_bytes(2, byteorder='big'), (5).to_bytes(1, 'little'), (0).to_bytes(0, 'big'))
print((258).to_bytes(2), int.from_bytes(b'\x01\x02'))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'),
          lambda: (1).to_bytes(1, 'middle'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes('ab', 'big')]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((10 ** 40).bit_length(), (-(10 ** 40)).bit_length(), True.bit_length())
print((37).bit_count() if hasattr(int, 'bit_count') else 3, (-7).bit_count())
