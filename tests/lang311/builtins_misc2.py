print(abs(-3), abs(-2.5), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000), round(2.567, 1))
print(min([3, 1, 2]), max('abc'), min(4, 2, key=lambda x: -x), max([], default='empty'), sum([[1], [2]], []))
print(sorted({'b': 1, 'a': 2}), list(map(lambda a, b: a * b, [1, 2], [3, 4])), chr(9731), ord('€'))
print(hex(255), oct(8), bin(5), isinstance(range(3), range), list(range(10, 0, -3)), range(0, 10, 2)[1:3])
print(all([1, 1]), any([]), len({1: 2}), bool(''), repr(None), type(...).__name__, NotImplemented)
print(getattr(5, 'real'), hasattr('', 'upper'), callable(print), id(1) == id(1), hash(1.0) == hash(1))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(enumerate('xy')), next(iter('q')), slice(1, 5, 2).indices(3))
try:
    min([])
except ValueError as e:
    print('ValueError', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError', e)
