for n in (0, 1, 5, 255, -255, 2 ** 70, -(2 ** 40)):
    print(bin(n), oct(n), hex(n))
print(format(10, 'b'), format(10, '08b'), format(-10, 'x'), format(255, '#X'))
print(int(bin(12345), 2), int(hex(-999), 16))
