# imaginary literals and complex subclasses
print(3j, 1.5J, 1e3j, 0j, 09j, 1_0j, 00.5j, .5j, 1.j, 1E-3J, 0e0j, 1_000.000_1j)
print(1 + 2j, 1 - 2j, -2j, -(0j), 2j * 2j, type(1j).__name__)
print([1j, 2j][1], {1j: 1}, (1j,), 10 ** 20 * 1j)

class C(complex):
    def extra(self):
        return self.real * 10

c = C(1, 2)
print(c, repr(c), c.real, c.imag, c.extra(), c + 1, type(c + 1).__name__, c == 1 + 2j)
print(isinstance(c, complex), abs(C(3, 4)), complex(c), type(complex(c)).__name__, hash(c) == hash(1 + 2j))

class Z:
    def __complex__(self):
        return 5 - 1j

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

print(complex(Z()), complex(F()), complex(I()), complex(F(), I()), complex(1, F()))

class B:
    def __complex__(self):
        return 1

try:
    complex(B())
except TypeError as e:
    print('TypeError', e)

import math
try:
    math.sqrt(1j)
except TypeError as e:
    print('TypeError', e)
for src in ['1jx', '1.5je', 'x = 1j5', '1e3jj']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.offset)
