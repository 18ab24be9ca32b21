print(1.5 + 2, 2 + 1.5, 3 - 0.5, 2.0 * 3, 7 / 2, 1 / 3, -7 / 2, 10 / 5, 2**53 / 3, (2**53 + 1) / 3)
print(0.1 + 0.2, 1e308 * 10, -1e308 * 10, 1.0 < 2, 2 < 1.5, 1.0 == 1, 2**60 == 2.0**60, 2**53 + 1 == 2.0**53)
print(float("nan") == float("nan"), float("nan") != float("nan"), float("nan") < 1)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
x = 2.5
x += 1
x *= 2
x -= 0.5
x /= 2
print(x, -x, -0.0, -(0.0))
print(True + 1.5, 1.5 * True, 3 // 2.0, 7 % 2.5, 2 ** 0.5)
class F(float):
    def __add__(self, o):
        return "sub"
print(F(1) + 2.0, 2.0 + F(1))
print((1 << 62) / 3, 10**20 / 3)
