n = 1234567
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1])
def binary(n):
    out = ''
    while n > 0:
        out = str(n % 2) + out
        n //= 2
    return out or '0'
print([binary(i) for i in (0, 1, 5, 255)], binary(2 ** 40) == bin(2 ** 40)[2:])
