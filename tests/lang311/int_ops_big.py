a = 2 ** 100
b = 3 ** 50
print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(-a // 7, -a % 7, a // -7, pow(a, 3, 1000007), pow(3, -1, 7), pow(2, 0))
print(a >> 90, a << 3, ~a, -a >> 1, a & b, a | 1, a ^ b)
print(int('123456789012345678901234567890'), int('-ff', 16), int('0b1011', 0), int('0o17', 0), int('z', 36))
print(hex(a), oct(b), bin(-5), int('1_000_000'), abs(-a) == a)
print(str(10 ** 50)[:10], len(str(7 ** 200)), (10 ** 30) // (10 ** 15))
for bad in [lambda: int('12a'), lambda: int('', 10), lambda: int('5', 1), lambda: 1 // 0, lambda: 5 % 0, lambda: pow(2, -1, 4)]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(a == 2.0 ** 100, a < 2.0 ** 101, float(a), int(2.0 ** 80), hash(5) == 5)
print((-7) // 2, (-7) % 2, 7 // -2, 7 % -2, round(12345, -2), round(-15, -1))
