a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, b // 7, b % 7, divmod(a, 12345))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a ** 3)
print(a == 2 ** 100, a > b, a < -b, -a < b)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(int('123456789' * 4), -int('9' * 30))
print((10 ** 40 + 1) // (10 ** 20), (10 ** 40) % (10 ** 20 - 1))
print(a >> 50, a << 3, a & (2 ** 64 - 1), a | 1, a ^ a)
