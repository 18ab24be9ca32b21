print(1 + 1.0, 1 * 2.5, 3 - True, True + 0.5, 5 // 2.0, 5 % 2.0, 2 ** 0.5, 4 ** -1)
print(type(1 + 1.0).__name__, type(True + True).__name__, type(2 ** -1).__name__, type(4 // 2).__name__)
print(10 ** 20 + 0.5, 10 ** 20 / 3, 2 ** 64 * 1.0, (2 ** 64) // 1.5)
print(-7 // 2.0, -7 % 2.0, 7 // -2.0, 7.0 // 0.5)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    10 ** 400 / 1.0
except OverflowError as e:
    print(e)
print(10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399)
