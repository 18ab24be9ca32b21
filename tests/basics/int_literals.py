print(0, 7, -7, 1_000_000)
print(0x1F, 0X1f, 0o17, 0O17, 0b1010, 0B1010)
print(0x_ff, 0b_1_0)
print(123456789012345678901234567890)
print(-0x8000000000000000)
print(type(10).__name__)
print(00, 0_0)
x = 1_2_3
print(x + 1)
