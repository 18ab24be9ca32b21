for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 70)]:
    print(n, str(n), repr(n), hex(n), oct(n), bin(n), format(n, 'x'), f'{n:#b}'[:12])
for s, base in [('ff', 16), ('-101', 2), ('777', 8), ('ZZ', 36), ('  42\n', 10), ('0x1F', 16), ('1_0', 0), ('0', 0)]:
    print(repr(s), base, int(s, base))
for s, base in [('08', 0), ('2', 2), ('0x', 16), ('1__0', 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print('ValueError', e)
try:
    int('1', 37)
except ValueError as e:
    print('ValueError', e)
print(int(True), int(-0.9), int(b'12'), int(bytearray(b'-3')), bool(0), bool(-1), 7 .real, (5).numerator, (5).denominator)
