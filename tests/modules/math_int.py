import math

print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9))
print(math.floor(7), math.ceil(True), math.trunc(False), type(math.floor(1.5)).__name__)
print(math.floor(1e20), math.ceil(-1e25), math.trunc(2.0 ** 70))
print(math.floor(10 ** 30), math.ceil(-(10 ** 30)))

class F:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
    def __float__(self):
        return 1.5

print(math.floor(F()), math.ceil(F()), math.trunc(F()))

class G:
    def __float__(self):
        return 2.5

print(math.floor(G()), math.ceil(G()), math.sqrt(G()))

print([math.factorial(i) for i in range(10)])
print(math.factorial(30))
print(len(str(math.factorial(500))), math.factorial(100) % 1000003)
print(math.gcd(12, 18), math.gcd(), math.gcd(-4), math.gcd(0, 0), math.gcd(12, 18, 27))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(10 ** 40 + 1, 10 ** 20 - 3))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(2, 3, 4), math.lcm(-3, 4), math.lcm(2 ** 70, 3))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(50, 25), math.comb(100, 97))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.comb(10 ** 20, 3))
print([math.isqrt(i) for i in range(20)], math.isqrt(2 ** 62), math.isqrt(2 ** 63 - 1))
print(math.isqrt(10 ** 50), math.isqrt(10 ** 51), math.isqrt(2 ** 200 - 1), math.isqrt(True))
for n in (2 ** 64, 2 ** 64 + 1, 3 ** 101, 7 ** 77 - 1):
    r = math.isqrt(n)
    print(r * r <= n < (r + 1) * (r + 1))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
print(math.prod(range(1, 25)), math.prod(['a'], start=3))
