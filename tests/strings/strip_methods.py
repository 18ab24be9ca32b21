s = '  \t hi there \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print(repr(''.strip()), repr('   '.strip()))
print('www.example.com'.removeprefix('www.'), 'file.py'.removesuffix('.py'), 'abc'.removeprefix('x'))
