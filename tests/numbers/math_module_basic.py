import math
print(math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(8))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), round(math.tan(math.pi / 4), 10), math.atan2(1, 1))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(3.99), math.fabs(-2), math.factorial(20), math.gcd(0, 5))
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(math.nan), math.inf, -math.inf)
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.fmod(7, 3), math.fmod(-7, 3))
print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.copysign(3, -1))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
