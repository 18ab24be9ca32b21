print(1 < 1.5 < 2, 2 ** 60 < 2.0 ** 61, -1 < -0.5, 0 == -0.0, 0.1 + 0.2 > 0.3)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 > float('inf'), 1 == 1.0 + 0)
print(float('inf') == float('inf'), float('nan') != 1, (2 ** 53 + 1) > 2.0 ** 53)
print(sorted([2, 1.5, 10 ** 20, -3, 0.0, True]))
try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    None < 1
except TypeError as e:
    print(e)
