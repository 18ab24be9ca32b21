print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(0), oct(8), oct(-8), oct(2 ** 40))
class I:
    def __index__(self):
        return 31
print(hex(I()), oct(I()), bin(I()))
try:
    hex(1.0)
except TypeError as e:
    print(e)
