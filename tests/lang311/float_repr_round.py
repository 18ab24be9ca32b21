for v in [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123, 1.0, -0.0, 5e-324,
          1.7976931348623157e308, 1e22, 1e21, 12345678901234567.0, 0.000123, 100.0]:
    print(repr(v), str(v))
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1234.5, -1), (1250.0, -2), (0.5, 0), (15, -1), (25, -1), (-35, -1)]:
    print(v, n, round(v, n))
print(round(1e300, -300) if False else 'skip', round(1.23456789, 5), round(-1.5e-9, 10))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(round(float('inf'), 2), round(7, 0), round(7))
