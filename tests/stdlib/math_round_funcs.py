import math
for v in [2.5, -2.5, 3.7, -3.7, 0.0, -0.0, 5]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2))
print(math.modf(3.25), math.modf(-3.25), math.modf(0.0))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-0.375))
print(math.ldexp(0.5, 4), math.ldexp(1, -2), math.ldexp(-3.0, 1))
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 2))
for f in [math.floor, math.ceil, math.trunc]:
    for bad in [math.inf, math.nan]:
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print('fmod', e)
try:
    math.floor('x')
except TypeError as e:
    print('TypeError', e)
