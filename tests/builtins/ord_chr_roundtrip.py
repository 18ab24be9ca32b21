print(all(chr(ord(c)) == c for c in 'Hello, wörld! €😀'))
print([ord(c) for c in 'AZaz09'], ''.join(chr(i) for i in range(0x41, 0x5b)))
print(chr(0x10FFFF) == '\U0010ffff', ord('\U0010ffff'), hex(ord('€')))
print(sum(ord(c) for c in 'checksum') % 256)
