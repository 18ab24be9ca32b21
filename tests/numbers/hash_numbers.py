print(hash(0), hash(1), hash(-1), hash(-2), hash(100), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 70))
print(hash(1.0), hash(0.5) == hash(0.5), hash(1.0) == hash(1), hash(True), hash(False))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(-(2 ** 64)))
print(hash(1.5), hash(-0.0), hash(1e100) == hash(int(1e100)))
