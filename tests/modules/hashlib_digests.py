# hashlib: md5, sha1, sha224, sha256 digests across block boundaries.
import hashlib

for n in ['md5', 'sha1', 'sha224', 'sha256']:
    for data in [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65,
                 b'x' * 1000, bytes(range(256)) * 7]:
        h = hashlib.new(n, data)
        print(n, len(data), h.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size)
    h = hashlib.new(n)
    for i in range(100):
        h.update(bytes([i]) * i)
    c = h.copy()
    c.update(b'more')
    print(h.hexdigest(), c.hexdigest(), h.hexdigest() == h.digest().hex())
