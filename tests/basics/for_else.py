for x in [1, 2, 3]:
    print(x)
else:
    print('done')
for x in range(10):
    if x == 3:
        print('found 3')
        break
else:
    print('not found')
for x in []:
    print('never')
else:
    print('empty')
for i, c in enumerate('ab'):
    print(i, c)
for k in {'a': 1, 'b': 2}:
    print(k)
