def letters():
    yield from 'abc'
for i, (a, b) in enumerate(zip(letters(), range(10, 13)), start=1):
    print(i, a, b)
print(dict(zip(letters(), letters())))
print(list(map(lambda a, b: a * b, (x for x in range(4)), [5, 6, 7])))
