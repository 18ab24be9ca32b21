# Regression: hashing the shared empty bytes object must not write to it.
print(hash(b'') == hash(bytes()), hash(b'') == hash(b'x'[:0]))
d = {b'': 1, b'a': 2}
print(d[b''], d[bytes(0)], b'' in {b''}, len({b'', bytes(), b'a'[1:]}))
