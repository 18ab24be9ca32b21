import math
print(math.exp(0), round(math.exp(1), 12), round(math.exp(-1), 12))
print(round(math.expm1(1e-10), 20), round(math.log1p(1e-10), 20))
print(math.log(1), round(math.log(math.e), 12), math.log(8, 2), round(math.log(100, 10), 12))
print(math.log2(1024), math.log10(1000), math.log2(0.5))
print(math.log(2 ** 1000) > 693, math.log10(10 ** 50))
print(math.exp(-1000.0))
for f, a in [(math.log, 0), (math.log, -1), (math.log2, 0), (math.log10, -5), (math.log1p, -1)]:
    try:
        f(a)
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError', e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(math.sqrt(16), math.sqrt(2.25), math.sqrt(0.0), math.sqrt(-0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print('sqrt', e)
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.pow(-8, 1/3) if False else 'skip')
try:
    math.pow(0, -1)
except ValueError as e:
    print('pow', e)
try:
    math.pow(-2, 0.5)
except ValueError as e:
    print('pow', e)
