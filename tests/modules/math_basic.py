import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for f in (math.sqrt, math.exp, math.log, math.sin, math.cos, math.tan,
          math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.fabs,
          math.log2, math.log10, math.expm1, math.log1p, math.erf, math.erfc):
    print(f.__name__, f(0.5), f(2), f(1))
print(math.acos(0.5), math.asin(0.5), math.acosh(2), math.atanh(0.5))
print(math.atan2(1, 2), math.atan2(-0.0, -1.0), math.copysign(3, -0.0))
print(math.degrees(math.pi), math.radians(180))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(math.inf, -1), math.pow(math.nan, 0))
print(math.pow(-2, 3), math.pow(1, math.nan), math.pow(0.5, -math.inf))
print(math.ldexp(0.75, 4), math.ldexp(1, -1100), math.frexp(12.0), math.frexp(0.0))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(1, 2, rel_tol=0.6))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1), math.hypot(-5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1, -1e50]))
print(math.fsum([]), math.fsum([math.inf, 1]), math.fsum(range(10)))
print(math.gamma(5), math.isclose(math.gamma(0.5), math.sqrt(math.pi), rel_tol=1e-15), round(math.lgamma(10), 9))
print(math.exp2(3), math.cbrt(27), math.remainder(10, 3), math.ulp(1.0), math.nextafter(1, 2))
print(math.log(8, 2), math.log(100, 10), math.log(10 ** 400), math.log2(2 ** 1000), math.log10(10 ** 500))
print(math.log(True), math.sqrt(True))
