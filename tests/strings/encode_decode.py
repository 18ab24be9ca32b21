s = 'café €'
b = s.encode()
print(b, len(b), b.decode())
print(s.encode('utf-8') == b, 'abc'.encode('ascii'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
print(s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'))
print(b'\xe2\x82\xac'.decode(), bytes([0xc3, 0xa9]).decode('utf-8'))
try:
    b'\xc3'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(b'abc\xff'.decode('utf-8', 'replace'), b'\xff'.decode('latin-1'))
