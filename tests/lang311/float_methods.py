print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print((1.5).hex(), (0.1).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'))
print(float('1_000.5'), float(' 12 '), float('-inf'), float('nAn'), float('1e5'))
print(int(3.99), int(-3.99), int(1e20), float(10 ** 20))
for bad in ['abc', '', '1.2.3', '_1']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(1e308 * 10, -1e308 * 10, 0.1 * 3 == 0.3, abs(-0.0))
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
