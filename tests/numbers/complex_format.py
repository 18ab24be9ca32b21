# complex.__format__, f-strings and %-formatting of complex values
vals = [1 + 2j, 2j, complex(-0.0, -1.5), complex(1e20, float('nan')), complex(12345.678, -1e-7)]
for s in ['', '.2f', '>20', '<20', '^20.3', '+', ' ', 'e', '.3g', 'd', '%', '=10', '010',
          'x<15.1f', ',', '_.2f', '#g', '-', 'z.1f', 'n', 'G', '10', '*^16', 'E', '.0f', ',.2f']:
    for v in vals:
        try:
            print(repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
z = 3 - 4j
print(f'{z}', f'{z!r}', f'{z:.1f}', f'{z:>12}', '{}'.format(z), str(z), '%s %r' % (z, z))
try:
    print('%f' % z)
except TypeError as e:
    print('TypeError', e)
