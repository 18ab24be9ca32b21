import math
vals = [0.0, 1.5, math.inf, -math.inf, math.nan]
for v in vals:
    print(v, math.isinf(v), math.isnan(v), math.isfinite(v))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1))
print(math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [1, 1, 1]))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print('ValueError', e)
print(math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0) == 2 ** -52)
print(math.nextafter(0.0, 1.0), math.ulp(0.0))
