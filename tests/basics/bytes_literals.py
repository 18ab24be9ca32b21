print(b'abc', B"xyz")
print(b'\x00\xff\n')
print(rb'\n', br'\t')
print(b'a' b'b')
print(b'''multi
line''')
print(len(b'\x00\x01'))
print(type(b'').__name__)
