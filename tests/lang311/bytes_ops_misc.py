b = b'Hello, World'
print(b.upper(), b.lower(), b.split(b', '), b.replace(b'l', b'L', 2), b.find(b'o'), b.rfind(b'o'))
print(b[0], b[-1:], b[::-1], b * 2, b'x' in b, b.startswith(b'He'), b.endswith((b'x', b'ld')))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytearray(b'ab') + b'cd', b'%d-%s' % (5, b'x'))
print(b.hex(), bytes.fromhex('4142 43'), b'a,b'.partition(b','), b'  x '.strip(), b'ab'.center(6, b'*'))
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba[0] = 65
del ba[1]
print(ba, ba.pop(), ba.decode(), len(ba), ba.count(b'c'), b'\xc3\xa9'.decode())
for bad in [lambda: bytes([256]), lambda: b'a' + 'b', lambda: b'\xff'.decode(), lambda: bytearray(b'a').append(300)]:
    try:
        bad()
    except (ValueError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, str(e)[:60])
print(b'abc' < b'abd', b'' == bytearray(), list(b'hi'), b'a b  c'.split(), b'x'.join([b'1', bytearray(b'2')]))
