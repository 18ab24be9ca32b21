def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(gcd(48, 18), gcd(2 ** 40, 6 ** 20), isqrt(10 ** 20), isqrt(99), isqrt(2 ** 127))
def digits(n):
    return sum(int(c) for c in str(n))
print(digits(2 ** 100), digits(3 ** 200))
primes = [p for p in range(2, 100) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)
def to_base(n, b):
    s = ''
    while n:
        s = '0123456789abcdefghijklmnopqrstuvwxyz'[n % b] + s
        n //= b
    return s or '0'
print(to_base(255, 2), to_base(2 ** 64, 36), int(to_base(12345, 7), 7))
