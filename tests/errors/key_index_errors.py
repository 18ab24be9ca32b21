d = {'a': 1}
for key in ['b', 1, (1, 2), None, '']:
    try:
        d[key]
    except KeyError as e:
        print('KeyError', e, repr(e))
l = [1, 2, 3]
for i in [3, -4, 100]:
    try:
        l[i]
    except IndexError as e:
        print('IndexError', e)
try:
    l[3] = 0
except IndexError as e:
    print('IndexError', e)
try:
    del l[5]
except IndexError as e:
    print('IndexError', e)
try:
    (1, 2)[2]
except IndexError as e:
    print('IndexError', e)
try:
    range(3)[3]
except IndexError as e:
    print('IndexError', e)
try:
    b'ab'[2]
except IndexError as e:
    print('IndexError', e)
