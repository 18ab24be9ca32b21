for n in (0, 1, 2, 3, 255, 256, -1, -255, -256, 2 ** 64, -(2 ** 100), 10 ** 30):
    print(n, n.bit_length(), bin(n).count('1'))
print((5).bit_count() if hasattr(int, 'bit_count') else 'no bit_count', (-5).bit_count())
print((10).__index__(), (7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate())
