import binascii as b

print(b.hexlify(b'\x01\xab\xff'), b.hexlify(b'abcdef', '-'), b.hexlify(b'abcdef', b':', 2))
print(b.hexlify(b'abcdefg', ':', -2), b.hexlify(b'abcdefg', ':', 2), b.hexlify(b'abcdefg', ':', 3))
print(b.hexlify(b'abcdefg', ':', -3), b.hexlify(b'abcdef', ':', 0), b.hexlify(b'abcdefg', ':', 7))
print(b.hexlify(b'', '-'), b.hexlify(bytearray(b'ab')), b.hexlify(b'ab', sep='.'))
print(b.b2a_hex(b'ab'), b.unhexlify('41ab'), b.unhexlify(b'41AB'), b.a2b_hex('4142'), b.unhexlify(''))
print(b.b2a_base64(b'hello'), b.b2a_base64(b'hello', newline=False), b.b2a_base64(b''))
print(b.b2a_base64(b'a'), b.b2a_base64(b'ab'), b.b2a_base64(bytes(range(256)))[:40])
print(b.a2b_base64('aGVsbG8=\n'), b.a2b_base64(b'aGVs bG8='), b.a2b_base64(bytearray(b'YWJj')))
print(b.a2b_base64('YQ==YQ=='), b.a2b_base64('=YQ=='), b.a2b_base64('Y!Q=='), b.a2b_base64('YQ==='))
data = bytes(range(256)) * 3
print(b.a2b_base64(b.b2a_base64(data)) == data, b.unhexlify(b.hexlify(data)) == data)
print(b.crc32(b'hello'), b.crc32(b'world', b.crc32(b'hello ')), b.crc32(b''), b.crc32(b'a', 0xffffffff))
print(b.crc32(b'a', -1), b.crc32(b'a', 2 ** 40 + 5), b.crc32(data))
print(b.Error, issubclass(b.Error, ValueError), b.Error.__name__, b.Error.__module__)

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(b.unhexlify, 'abc')
t(b.unhexlify, 'zz')
t(b.unhexlify, 'é1')
t(b.unhexlify, 5)
t(b.a2b_base64, 'abc')
t(b.a2b_base64, 'abcde')
t(b.a2b_base64, 'a')
t(b.a2b_base64, 'ab=c')
t(b.a2b_base64, 'YQ')
t(b.a2b_base64, 'YQ=')
t(b.a2b_base64, 5)
t(b.hexlify, 'str')
t(b.b2a_base64, 'x')
t(b.crc32, 'x')
t(b.hexlify, b'ab', 'xx')
t(b.hexlify, b'ab', 'é')
t(b.hexlify, b'ab', 'Ā')
t(b.hexlify, b'ab', b'\xe9')
t(b.hexlify, b'ab', 5)
for s in ['=YQ==', 'Y!Q==', 'YQ=a', 'YQ==YQ==', 'YQ===', 'YWJj']:
    t(b.a2b_base64, s, strict_mode=True)
try:
    b.unhexlify('0')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
