print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(1, 'big'))
print((255).to_bytes(1, 'big'), (-1).to_bytes(2, 'big', signed=True), (-256).to_bytes(2, 'little', signed=True))
print((2 ** 64 - 1).to_bytes(8, 'big'), (2 ** 70).to_bytes(9, 'little'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(bytes(range(1, 12)), 'big'), int.from_bytes([1, 2], 'little'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(e)
