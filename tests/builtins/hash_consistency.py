print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(2 ** 100) == hash(float(2 ** 100)), hash(-1) == hash(-1.0))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {1: 'a'}
d[1.0] = 'b'
d[True] = 'c'
print(d, len(d))
