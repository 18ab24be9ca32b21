print(int('42'), int('-42'), int('+7'), int(' 12 '), int('1_000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('17', 0))
print(int('z', 36), int('10', 2), int('777', 8), int('-0b11', 0), int('12', 3))
print(int(3.9), int(-3.9), int(True), int(1e20))
for bad in ['', '1.5', 'abc', '0x', '1__0', '_1', '08', ' ']:
    try:
        print(int(bad, 0) if bad == '08' else int(bad))
    except ValueError as e:
        print(e)
try:
    int('5', 1)
except ValueError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
