import math
for v in [0.0, 0.5, 1.0, -2.0]:
    print(round(math.sinh(v), 12), round(math.cosh(v), 12), round(math.tanh(v), 12))
for v in [0.0, 0.5, -0.9]:
    print(round(math.asinh(v), 12), round(math.atanh(v), 12))
print(round(math.acosh(1.0), 12), round(math.acosh(2.0), 12))
for f, a in [(math.acosh, 0.5), (math.atanh, 1.0), (math.atanh, -1.5)]:
    try:
        f(a)
    except ValueError as e:
        print('ValueError', e)
try:
    math.cosh(1000.0)
except OverflowError as e:
    print('OverflowError', e)
print(math.tanh(1000.0), math.tanh(-1000.0))
