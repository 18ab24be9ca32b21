print(list(zip([1, 2, 3], 'abc')), list(zip()), list(zip([1])), list(zip([1, 2], [3])))
print(dict(zip(['a', 'b'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip(range(3), range(3, 6), range(6, 9))))
z = zip('ab', 'cd')
print(next(z), type(z).__name__, list(z))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
