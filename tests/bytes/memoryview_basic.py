b = bytearray(b'abcdef')
m = memoryview(b)
print(len(m), m[0], bytes(m[1:3]), m.tobytes(), m.tolist()[:3])
m[0] = 65
print(b)
print(bytes(memoryview(b'xyz')[::2]), memoryview(b'q').readonly, m.readonly)
