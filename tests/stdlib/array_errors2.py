from array import array
tests = [
    lambda: array('z'),
    lambda: array('b', [200]),
    lambda: array('B', [-1]),
    lambda: array('i', [1.5]),
    lambda: array('d', ['x']),
    lambda: array('i', [1]).index(5),
    lambda: array('i', [1]).remove(5),
    lambda: array('i').pop(),
    lambda: array('i', [1])[5],
    lambda: array('i', [1]) + array('d', [1.0]),
    lambda: array('h').frombytes(b'abc'),
    lambda: array('i', [1]).append('x'),
    lambda: array('b', [1]).extend([1000]),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
