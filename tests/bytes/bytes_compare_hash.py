print(b'abc' == b'abc', b'abc' == 'abc', b'abc' != bytearray(b'abc'), b'a' < b'ab')
print(hash(b'abc') == hash(b'abc'), len({b'a', b'a', b'b'}))
d = {b'key': 1}
print(d[b'key'], b'key' in d, bytearray(b'x') == b'x')
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(e)
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
try:
    b'a' < 'b'
except TypeError as e:
    print(e)
