a = (1 << 100) + 12345
b = (1 << 90) - 1
print(a & b, a | b, a ^ b)
print(-a & b, -a | b, -a ^ b, ~a)
print(a >> 95, a >> 200, -a >> 95, -a >> 200, a << 10)
print(bin(a)[:20], hex(-a), oct(b)[-6:])
print((a & -a), (1 << 128) - 1 == int('f' * 32, 16))
