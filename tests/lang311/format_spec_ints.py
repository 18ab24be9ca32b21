for v in [0, 7, -7, 1234567, -1234567]:
    print(format(v, 'd'), format(v, '+d'), format(v, ' d'), format(v, '08d'), format(v, ','),
          format(v, '_'), format(v, '=+10'), format(v, 'x'), format(v, '#010x'))
print(format(255, '_b'), format(0xabcdef, '_x'), format(10 ** 20, ','))
print(format(65, 'c'), format(True, 'd'), format(True), format(5, 'n'))
print(format(12, '%'), format(3, 'e'), format(3, '.2f'), format(3, 'g'))
print('{:08.3f}'.format(-3.5), '{:+.1e}'.format(12345))
for spec in ['.2d', 'z', ',b', '=s']:
    try:
        print(format(5, spec))
    except ValueError as e:
        print(spec, 'ValueError', e)
try:
    format(-1, 'c')
except OverflowError as e:
    print('OverflowError', e)
