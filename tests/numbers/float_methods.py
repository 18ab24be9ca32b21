print((3.7).__trunc__() if hasattr(3.7, '__trunc__') else 3, int(3.7), int(-3.7))
print(float.fromhex('0x1.8p1'), (1.5).hex(), (10.0).as_integer_ratio(), (-0.75).as_integer_ratio())
print(3.5.is_integer(), (4.0).is_integer(), (0.1).real, (0.1).imag, (2.5).conjugate())
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(math.sqrt(16), math.pi, math.e, math.isnan(float('nan')), math.isinf(float('inf')))
print(math.fabs(-3), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0))
