import math
for v in [1, 2, 5, 0.5, 3.5]:
    print(v, round(math.gamma(v), 10), round(math.lgamma(v), 10))
for v in [0.0, 0.5, 1.0, -1.0, 3.0]:
    print(v, round(math.erf(v), 12), round(math.erfc(v), 12))
for v in [0, -1, -2.0]:
    try:
        math.gamma(v)
    except ValueError as e:
        print('gamma', v, e)
try:
    math.lgamma(0)
except ValueError as e:
    print('lgamma', e)
try:
    math.gamma(200)
except OverflowError as e:
    print('OverflowError', e)
