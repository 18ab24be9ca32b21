print(bytes('abc', 'ascii'), bytes('é', 'utf-8'), bytes([0, 255]), bytes(b'copy'), bytes(bytearray(b'ba')))
print(bytes((x * 2 for x in range(5))), bytes(bytearray(b'ba')))
try:
    bytes('abc')
except TypeError as e:
    print(e)
try:
    bytes(-1)
except ValueError as e:
    print(e)
try:
    bytes([1, 'a'])
except TypeError as e:
    print(e)
print(b'%d-%s' % (5, b'x'), b'%02x' % 255)
