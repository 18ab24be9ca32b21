print(divmod(9, 4), divmod(-9, 4), divmod(9.0, 4), divmod(2 ** 70, 3))
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('xy', start=-1)))
e = enumerate(['a', 'b'])
print(next(e), next(e), next(e, 'end'), type(e).__name__)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
