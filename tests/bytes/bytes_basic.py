b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(list(b), bytes([104, 105]), bytes(3), bytes(), bytes(range(5)))
print(b + b' world', b * 2, b'l' in b, 108 in b, b'xyz' in b)
print(b == b'hello', b < b'help', b'a' < b'b', b'' < b'\x00')
print(b.upper(), b.capitalize(), b.title(), b'AbC'.swapcase(), b'ABC'.lower())
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
