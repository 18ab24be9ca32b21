vals = [1.0, 10.0, 1e5, 1e15, 1e16, 123.456, 0.1, 1e-4, 1e-5, 2 / 3, -1.5, 1e22]
for v in vals:
    print(str(v), '%.3f' % v, '%g' % v, '{:.4}'.format(v), f'{v:e}')
