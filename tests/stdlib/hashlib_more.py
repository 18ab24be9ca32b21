import hashlib
for data in [b'', b'abc', b'hello world', b'x' * 1000]:
    print(hashlib.sha1(data).hexdigest())
    print(hashlib.sha256(data).hexdigest())
h = hashlib.sha256()
h.update(b'hello ')
h.update(b'world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest())
print(len(h.digest()), type(h.digest()).__name__, h.digest_size)
s = hashlib.sha1(b'a')
s.update(bytearray(b'b'))
s.update(memoryview(b'c'))
print(s.hexdigest(), hashlib.sha1().digest_size)
big = bytes(range(256)) * 40
print(hashlib.sha256(big).hexdigest())
try:
    hashlib.sha256('str')
except TypeError as e:
    print('TypeError', e)
