import math
big = 10 ** 30
print(math.sqrt(big), math.floor(big) == big, math.ceil(-big) == -big)
print(math.log(big, 10), round(math.log2(2 ** 100)), math.log10(10 ** 400))
print(math.trunc(True), math.floor(False), math.fabs(True))
print(math.isqrt(big * big + 1) == big)
print(math.exp(True), math.sqrt(4))
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 6
print(math.sqrt(F()), math.factorial(I()), math.gcd(I(), 4))
class Fl:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'trunced'
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()))
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    math.sqrt('4')
except TypeError as e:
    print('TypeError', e)
