for a in (0, 1, -1, 5, -5, 255, -256):
    for b in (3, -3, 0xF0):
        print(a, b, a & b, a | b, a ^ b)
print(~0, ~-1, ~255, -1 >> 1, -8 >> 1, -9 >> 2, -1 << 3)
print((-1) & 0xFFFFFFFF, (-2 ** 40) & 0xFFFF, (-(2 ** 70)) | 1, (2 ** 70) ^ -1)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
