vals = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e22, 0.1, 2.5, float('inf'), float('nan')]
for v in vals:
    print(format(v, ''), format(v, 'f'), format(v, '.2f'), format(v, 'e'), format(v, '.3g'), format(v, 'g'))
for v in vals[:9]:
    print(format(v, '%'), format(v, '.1%'), format(v, ','), format(v, '+.3'), format(v, '#.0f'), format(v, '012.4f'))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.1f'), format(-1.5, '^10'), format(1.5, '<8.2f') + '|')
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.675, '.2f'), format(1e16, 'g'), format(123456789.0, 'G'))
print(format(-0.0, 'z.1f') if False else '', format(1e-5, '.3g'), format(1e-4, 'g'), format(1e15, '.16g'))
print('{:E}'.format(1e-10), '{:.0e}'.format(55555), '{:F}'.format(float('inf')), '{:G}'.format(float('nan')))
