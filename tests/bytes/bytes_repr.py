for b in [b'', b'abc', b"'", b'"', b'\'"', b'\t\n\r', b'\x00\x7f\x80\xff', b'\\', bytes(range(30, 40))]:
    print(repr(b))
print(repr(bytearray(b'x\x00')), str(b'q'))
