for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (10 ** 20, 7), (-(10 ** 20), 7)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(5.5, 2), divmod(-5.5, 2), divmod(5, 0.5))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
