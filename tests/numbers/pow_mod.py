print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(-2, 3, 5))
print(pow(2, 100, 10 ** 9 + 7), pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(2, -1, 9))
print(pow(2.0, 3), pow(4, 0.5), pow(-8, 1 / 3) if False else 'skip', pow(2, -2))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
