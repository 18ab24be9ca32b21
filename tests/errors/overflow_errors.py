import math
for f in [lambda: 10.0 ** 400, lambda: float(2 ** 2000), lambda: math.exp(1000), lambda: int(float('inf')), lambda: 2.0 ** 5000]:
    try:
        print(f())
    except OverflowError as e:
        print('OverflowError', type(e).__name__)
print(2 ** 2000 > 0)
