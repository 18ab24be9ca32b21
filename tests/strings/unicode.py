s = 'héllo wörld €'
print(len(s), s.upper(), s[1], s[-1])
print([ord(c) for c in 'aé€😀'])
print(chr(233), chr(8364), chr(128512), chr(0x41))
print(s.encode('utf-8'))
print(b'h\xc3\xa9llo'.decode('utf-8'))
print('日本語'[1], len('日本語'), '日本語'[::-1])
print('😀x'.find('x'), 'a😀b'.index('b'), 'ß'.upper())
print(len('😀'.encode()), len('😀'))
