print(b'%s %d %x' % (b'val', 42, 255), b'%5s|%-5s|' % (b'r', b'l'), b'%c%c' % (65, b'B'))
print(b'%%' % (), b'%03d' % 7, b'%.2f' % 3.14159, b'%r' % b'x' if False else b'skip')
try:
    b'%s' % 'str'
except TypeError as e:
    print(e)
print(bytes(str(123), 'ascii'), str(456).encode(), int(b'789'), float(b'1.5'))
