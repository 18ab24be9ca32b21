d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    d.pop('q')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    d[(1, [2])]
except TypeError as e:
    print(e)
