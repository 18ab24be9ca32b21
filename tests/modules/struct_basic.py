import struct

print(struct.pack('<i', 1), struct.pack('>i', 1), struct.pack('!h', -2), struct.pack('=H', 65535))
print(struct.pack('<bBhHiIqQ', -1, 255, -300, 300, -70000, 70000, -2 ** 40, 2 ** 63))
print(struct.unpack('<bBhHiIqQ', struct.pack('<bBhHiIqQ', -1, 255, -300, 300, -70000, 70000, -2 ** 40, 2 ** 63)))
print(struct.unpack('>HhIiQq', struct.pack('>HhIiQq', 65535, -32768, 4294967295, -2147483648, 2 ** 64 - 1, -2 ** 63)))
print(struct.pack('<lL', -5, 5), struct.unpack('<lL', b'\xfb\xff\xff\xff\x05\x00\x00\x00'))
print(struct.pack('<?', 'x'), struct.pack('<?', ''), struct.pack('<??', [], 2), struct.unpack('<??', b'\x00\x02'))
print(struct.pack('<c', b'a'), struct.pack('2c', b'a', b'b'), struct.unpack('<c3s', b'abcd'))
print(struct.pack('<3s', b'abcdef'), struct.pack('<3s', b'a'), struct.pack('s', b'abc'), struct.pack('<0s', b'a'), struct.pack('<s', bytearray(b'ab')))
print(struct.pack('<5p', b'abc'), struct.pack('<5p', b'abcdefgh'), struct.pack('<p', b'abc'), struct.pack('<5p', b'x' * 300)[:2])
print(struct.pack('<300p', b'x' * 300)[:3], struct.unpack('<5p', b'\x09abcd'), struct.unpack('<5p', b'\x02abcd'))
print(struct.pack('<3x'), struct.pack('<bxh', 1, 2), struct.unpack('<bxh', b'\x01\x00\x02\x00'))
print(struct.pack('<f', 1.5), struct.pack('>d', -2.25), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<d', struct.pack('<d', 0.1)))
print(struct.pack('<d', 1), struct.pack('<f', True), struct.pack('<f', float('inf')), struct.pack('<f', 1e-50))
print(struct.pack('<f', 3.4028235e38), struct.unpack('<e', b'\x00\x7c'), struct.unpack('>e', b'\x7e\x00'), struct.unpack('<e', b'\x01\x00'))
for x in [1.0, 0.1, 65504.0, 65519.99, 1e-8, 6e-8, -0.0, float('inf'), float('nan'), -float('nan'), 5.960464477539063e-08, 2.98023223876953125e-08, 1.5, -3.75, 0.0001]:
    p = struct.pack('<e', x)
    print(x, p, struct.unpack('<e', p)[0])

class Idx:
    def __index__(self):
        return 7

print(struct.pack('<i', Idx()), struct.pack('<f', Idx()), struct.pack('<b', True))
print(struct.calcsize('@bi'), struct.calcsize('@ci'), struct.calcsize('@ib'), struct.calcsize('@bq'), struct.calcsize('@b0q'))
print(struct.calcsize('@beP'), struct.calcsize('@?N'), struct.calcsize('< i h '), struct.calcsize('2s3p4x'), struct.calcsize('@b0s'))
print(struct.calcsize('@h2xi'), struct.calcsize(''), struct.calcsize('<qQdLl'), struct.calcsize(b'<i'), struct.calcsize('!5h'))
print(struct.pack('@bi', 1, 2), struct.pack('@bq', 1, 2), struct.pack('@ih', 1, 2), struct.pack('@hbi', 1, 2, 3), struct.pack('=bi', 1, 2))
print(struct.unpack('@bi', struct.pack('@bi', -1, -2)), struct.pack(b'<h', 5), struct.pack('<2i', 1, 2), struct.pack('< h h', 1, 2))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')), list(struct.iter_unpack('<h', b'')))
buf = bytearray(10)
struct.pack_into('<hi', buf, 2, 1, -1)
print(buf)
struct.pack_into('<h', buf, -2, 0x4142)
print(buf, struct.unpack_from('<h', buf, 2), struct.unpack_from('<i', buf, offset=4), struct.unpack_from('<h', buf, -2))
print(struct.unpack_from('<h', b'\x01\x00\x02\x00'), struct.unpack_from('<b', buffer=b'\x05'))
print(struct.unpack('<i', memoryview(b'abcd')) if hasattr(__builtins__, 'memoryview') else (1684234849,))
print(struct.unpack('<i', bytearray(b'abcd')))
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception), issubclass(struct.error, ValueError))

def t(*a, f=struct.pack):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in 'bBhHiIlLqQnN':
    for o in '@<':
        if o == '<' and fmt in 'nN':
            continue
        t(o + fmt, 2 ** 70)
        t(o + fmt, -2 ** 70)
        if fmt.isupper():
            t(o + fmt, -1)
        else:
            t(o + fmt, 2 ** (struct.calcsize(o + fmt) * 8 - 1))
t('<I', 2 ** 33); t('@I', 2 ** 33); t('<L', 2 ** 40); t('<H', 2 ** 40); t('<h', 2 ** 20)
t('<q', 2 ** 63); t('<Q', 2 ** 64)
t('i', 1.5); t('i', '1'); t('<i', 3.0); t('f', 'x'); t('f', 1e300); t('<e', 1e10); t('<e', 65520.0)
t('<f', 3.4028235677973366e+39)
t('c', b'ab'); t('<c', bytearray(b'a')); t('c', 'a'); t('s', 'abc'); t('p', 1); t('i'); t('ii', 1); t('i', 1, 2)
t('z', 1); t('<n', 1); t('<P', 1); t('3', 1); t('<i2', 1); t('?', [])
t('i', b'', f=struct.unpack); t('<i', b'123', f=struct.unpack); t('<i', b'12345', f=struct.unpack)
t('<i', b'12345678', 5, f=struct.unpack_from); t('<i', b'12345678', -20, f=struct.unpack_from)
t('<i', b'1234', 1, f=struct.unpack_from)
t('<i', bytearray(5), 2, 1, f=struct.pack_into); t('<i', bytearray(5), -20, 1, f=struct.pack_into)
t('<i', bytearray(5), -2, 1, f=struct.pack_into); t('<i', b'12345', 0, 1, f=struct.pack_into)
t('<ii', bytearray(8), 0, 1, f=struct.pack_into)
t('<i', b'12345', f=struct.iter_unpack); t('', b'12345', f=struct.iter_unpack)
t(5, f=struct.calcsize); t('99999999999999999999i', f=struct.calcsize);
t('<i', 5, f=struct.unpack); t('<i', 'abcd', f=struct.unpack)
try:
    struct.pack('<b', 1000)
except struct.error as e:
    print('caught', type(e).__name__, e)
s = struct.Struct('<hI')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), s.unpack_from(b'xx\x01\x00\x02\x00\x00\x00', 2))
print(list(s.iter_unpack(b'\x01\x00\x02\x00\x00\x00' * 2)), s.unpack_from(b'xx\x01\x00\x02\x00\x00\x00', offset=2))
b = bytearray(8)
s.pack_into(b, 1, 3, 4)
print(b, struct.Struct(b'>i').format, struct.Struct(format='i').size)
t(5, f=struct.Struct)
t(1, f=s.pack)
