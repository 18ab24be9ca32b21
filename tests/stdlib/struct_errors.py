import struct
tests = [
    lambda: struct.pack('<b', 200),
    lambda: struct.pack('<B', -1),
    lambda: struct.pack('<h', 40000),
    lambda: struct.pack('<H', 70000),
    lambda: struct.pack('<i', 'x'),
    lambda: struct.pack('<ii', 1),
    lambda: struct.pack('<i', 1, 2),
    lambda: struct.unpack('<i', b'abc'),
    lambda: struct.unpack('<h', b'abc'),
    lambda: struct.pack('<c', b'ab'),
    lambda: struct.pack('<s', 'ab'),
    lambda: struct.calcsize('<y'),
    lambda: struct.pack('<f', 'x'),
    lambda: struct.pack('<e', 1e10),
    lambda: struct.unpack_from('<I', b'\x00\x00', 0),
    lambda: struct.pack_into('<I', bytearray(2), 0, 1),
    lambda: struct.pack('<Q', -1),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except struct.error as e:
        print(i, 'struct.error', e)
    except (TypeError, OverflowError) as e:
        print(i, type(e).__name__, e)
print(issubclass(struct.error, Exception))
