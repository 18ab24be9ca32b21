import struct
for fmt, val in [('b', -5), ('B', 200), ('h', -1234), ('H', 60000), ('i', -100000),
                 ('I', 4000000000), ('l', -7), ('L', 7), ('q', -2 ** 40), ('Q', 2 ** 63),
                 ('?', True), ('c', b'x'), ('f', 1.5), ('d', -2.25), ('e', 0.5)]:
    for order in '<>!=':
        data = struct.pack(order + fmt, val)
        back = struct.unpack(order + fmt, data)[0]
        print(order + fmt, struct.calcsize(order + fmt), data.hex(), back)
print(struct.pack('<x'), struct.pack('<3x'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.unpack('3s', b'xyz'))
print(struct.pack('<p', b''), struct.pack('4p', b'ab'), struct.unpack('4p', b'\x02abc'))
