print(','.join(['a', 'b']), ','.join(('x', 'y')), ','.join({'k1': 1, 'k2': 2}), ','.join('abc'))
print(''.join(str(i) for i in range(10)), '-'.join(map(str, [1.5, 2])))
print('|'.join(sorted({'b', 'a', 'c'})), ' '.join([]), 'x'.join(['only']))
print(', '.join(f'{k}={v}' for k, v in {'a': 1, 'b': 2}.items()))
