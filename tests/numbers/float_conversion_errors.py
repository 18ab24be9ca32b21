for s in ['abc', '', '1.2.3', '1e', 'infinity', 'nan', '-Infinity', '  3.5  ', '1_000.5', '0x10', 'inf ']:
    try:
        print(repr(float(s)))
    except ValueError as e:
        print('ValueError', e)
try:
    float(None)
except TypeError as e:
    print(e)
try:
    float([1])
except TypeError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
print(float(10 ** 300) > 0)
