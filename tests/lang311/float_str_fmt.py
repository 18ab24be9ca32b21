vals = [0.1, 1.0, 1e100, 1.5e-10, -2.5, 3.141592653589793, 1e16, 9.999999999999999e22]
for v in vals:
    print(str(v), '%g' % v, '%.3e' % v, '%10.4f|' % v, '{:.15g}'.format(v), '%r' % v)
print(0.1 + 0.7, 1.1 * 3, 4.35 * 100, 1 - 0.9, 2 ** 0.5, 10 / 3, 1e300 * 1e10)
print(float('0.1') == 0.1, 1/3 + 1/3 + 1/3 == 1.0, sum([0.1] * 3), 3 * 0.1)
print(str(1e-4), str(1e-5), str(123456789012345.6), str(1234567890123456.7), str(-1e-7))
for v in [0.5, 0.25, 0.125, 1 / 7, 22 / 7, 1e-320]:
    print(repr(v), repr(-v), str(v * 10), v.__repr__() == repr(v))
print(float.__name__, float(1), float(True), float('  -0  '))
print(1.0 == 1, 1.5 > 1, 0.0 == -0.0, str(-0.0), hash(0.0) == hash(-0.0))
