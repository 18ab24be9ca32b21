import hashlib
msg = bytes(i % 251 for i in range(5000))
for step in [1, 63, 64, 65, 1000]:
    h1 = hashlib.sha1()
    h2 = hashlib.sha256()
    for i in range(0, len(msg), step):
        h1.update(msg[i:i + step])
        h2.update(msg[i:i + step])
    print(step, h1.hexdigest(), h2.hexdigest()[:32])
print(hashlib.sha256(b'a' * 55).hexdigest(), hashlib.sha256(b'a' * 56).hexdigest())
print(hashlib.sha1(b'a' * 64).hexdigest(), hashlib.sha256().name, hashlib.sha1().name)
h = hashlib.sha256(b'x')
c = h.copy() if hasattr(h, 'copy') else hashlib.sha256(b'x')
c.update(b'y')
print(h.hexdigest() == hashlib.sha256(b'x').hexdigest(), c.hexdigest() == hashlib.sha256(b'xy').hexdigest())
