import math
print(math.factorial(0), math.factorial(5), math.factorial(20))
print(math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(0, 3), math.lcm(2, 3, 4), math.lcm())
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 20))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(50, 25))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.0, 3]), math.prod(range(1, 6), start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100]))
for f, args in [(math.factorial, (-1,)), (math.isqrt, (-4,)), (math.comb, (-1, 2)), (math.perm, (3, -1))]:
    try:
        f(*args)
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
try:
    math.factorial(2.5)
except TypeError as e:
    print('TypeError', e)
try:
    math.gcd(2.0, 4)
except TypeError as e:
    print('TypeError', e)
