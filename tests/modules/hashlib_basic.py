# hashlib: constructors, update/copy, argument kinds.
import hashlib

print(hashlib.sha256(b'hello').hexdigest())
print(hashlib.sha1(string=b'x').hexdigest())
print(hashlib.md5(bytearray(b'q')).hexdigest())
print(hashlib.sha224(memoryview(b'mv')).digest())
print(hashlib.sha256(b'hello world').digest())
print(hashlib.new('SHA256', b'a').name, hashlib.new('Md5').name, hashlib.new('sha1', data=b'').name)
print(hashlib.md5(usedforsecurity=False).hexdigest())
h = hashlib.sha256()
h.update(b'hello ')
d1 = h.digest()
h.update(b'world')
print(d1 == hashlib.sha256(b'hello ').digest(), h.hexdigest() == hashlib.sha256(b'hello world').hexdigest())
print(h.update(b''), h.hexdigest() == hashlib.sha256(b'hello world').hexdigest())
c = h.copy()
print(c.hexdigest() == h.hexdigest(), c is h)
print(type(h), type(c) is type(h))
for algo in ('md5', 'sha1', 'sha224', 'sha256'):
    print(algo in hashlib.algorithms_guaranteed, algo in hashlib.algorithms_available)
