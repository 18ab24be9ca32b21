import math
vals = [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 3]
for v in vals:
    print(round(math.sin(v), 12), round(math.cos(v), 12), round(math.tan(v), 12))
for v in [0.0, 0.5, -0.5, 1.0, -1.0]:
    print(round(math.asin(v), 12), round(math.acos(v), 12), round(math.atan(v), 12))
print(round(math.atan2(1, 1), 12), round(math.atan2(-1, -1), 12))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, 0.0))
print(round(math.degrees(math.pi), 10), round(math.radians(180), 12))
print(round(math.hypot(3, 4), 12), math.hypot(), math.hypot(5))
print(round(math.hypot(1, 2, 2), 12))
for name in ['asin', 'acos']:
    try:
        getattr(math, name)(2.0)
    except ValueError as e:
        print(name, 'ValueError', e)
try:
    math.sin(math.inf)
except ValueError as e:
    print('sin inf', e)
