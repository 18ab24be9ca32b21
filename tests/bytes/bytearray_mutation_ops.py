ba = bytearray(range(10))
ba[::2] = b'\xff' * 5
print(ba)
del ba[1:4]
print(ba, len(ba))
ba[0:2] = b'abc'
print(ba)
ba.extend(x for x in range(3))
print(ba)
ba += bytearray(b'!!')
print(ba, ba.count(255), ba.index(b'!'), ba.endswith(b'!!'))
print(ba.decode('latin-1')[:5], bytes(ba[-3:]), ba.split(b'\xff'))
