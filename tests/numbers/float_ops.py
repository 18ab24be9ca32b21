print(0.1 + 0.2, 1.1 * 3, 1 / 3, 2 / 3, 10 / 3)
print(1.5 + 2, 3 * 0.5, 7.0 // 2, 7.0 % 2, -7.0 // 2, 2.0 ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324)
print(float('inf') - float('inf'), float('inf') * 0, float('nan') == float('nan'))
print(0.1 * 3 == 0.3, abs(-2.5), round(2.675, 2))
print(3.0 == 3, 3.5 > 3, 2 ** 0.5 * 2 ** 0.5)
x = 1.0
for _ in range(10):
    x /= 3
print(x)
print(float(1), float('3.5'), float('-inf'), float(' 2e3 '), float('1_0.5'))
print((0.1).is_integer(), (2.0).is_integer(), (1.5).as_integer_ratio(), (0.25).hex())
