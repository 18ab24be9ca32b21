data = b'\x01\x02\x03\xff'
total = 0
for byte in data:
    total += byte
print(total, sum(data), max(data), min(data), sorted(b'cab'))
print([hex(b) for b in data], list(reversed(data)), data.index(3))
print(bytes(reversed(b'abc')), b'abc'[1], b'abc'[1:2], list(enumerate(b'ab')))
checksum = 0
for i, b in enumerate(b'checksum'):
    checksum = (checksum * 31 + b + i) & 0xFFFF
print(checksum)
