data = b'  key1=val1; key2=val2 ;key3=val3  '
pairs = [p.strip().split(b'=') for p in data.strip().split(b';')]
print(pairs)
print(dict((k.decode(), v.decode()) for k, v in pairs))
print(b'|'.join(p[0] for p in pairs), b''.join([b'a', bytearray(b'b')]))
print(b'xxhixx'.strip(b'x'), b'\t\n data \r'.strip(), b'a b  c'.split(b' '), b'a b  c'.split())
