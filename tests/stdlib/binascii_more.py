import binascii
data = b'Hello, Copper!\x00\xff'
h = binascii.hexlify(data)
print(h, binascii.unhexlify(h) == data, binascii.b2a_hex(b'\x01\xab'), binascii.a2b_hex('01AB'))
print(binascii.hexlify(b'\x01\x02\x03', '-'), binascii.hexlify(b'abcd', ':', 2))
b = binascii.b2a_base64(data)
print(b, binascii.a2b_base64(b) == data)
print(binascii.b2a_base64(b'ab', newline=False), binascii.a2b_base64('YWI='))
for n in range(5):
    s = bytes(range(n))
    print(n, binascii.b2a_base64(s), binascii.a2b_base64(binascii.b2a_base64(s)) == s)
print(binascii.crc32(b'hello'), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc32(b'hello world'))
for bad in ['abc', 'zz']:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.a2b_base64('abc')
except binascii.Error as e:
    print('Error', e)
print(issubclass(binascii.Error, ValueError))
