# complex: construction, repr, arithmetic, errors, hash (expected: CPython 3.11)
inf = float('inf')
nan = float('nan')

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# repr / str
for z in [complex(1, 2), 2j, complex(-0.0, -1), complex(0.0, -0.0), complex(-0.0, 0),
          complex(1e16, 1e-5), complex(nan, -nan), complex(nan, inf), complex(-inf, -inf),
          complex(0.1, 0.2), complex(1.5, 0), -1j, 0j, complex(123456789012345678, 1)]:
    print(repr(z), str(z))

# constructor
show(lambda: complex())
show(lambda: complex(1))
show(lambda: complex(1.5, 2))
show(lambda: complex(real=1, imag=2))
show(lambda: complex(imag=2))
show(lambda: complex(x=2))
show(lambda: complex(1, 2, 3))
show(lambda: complex(1 + 2j, 1j))
show(lambda: complex(1j, 1 + 2j))
show(lambda: complex(True, False))
show(lambda: complex(2 ** 1000))
show(lambda: complex(2 ** 1100))
show(lambda: complex(None))
show(lambda: complex(1, None))
show(lambda: complex(b'1'))
show(lambda: complex('1+2j', 1))
show(lambda: complex(1, '2'))
show(lambda: complex([]))

# from strings
for s in ['1+2j', '(1-2j)', '3j', ' ( 1+2j ) ', '-j', '+j', 'j', 'J', '1e3-J', '1.e-3j',
          '.5', 'nanj', '-inf+infj', 'infinityj', '1_0+2_0j', '1_000j', '١+٢j', '1', ' 7 ',
          '', '(1+2j', '1+2jj', '1 + 2j', '1e', '+', '_1j', '1__2j', '1j_', '()', '(j)',
          '1+', 'j1', '--1j', '1.5e+3+2.5e-3j', 'NaN', '-InF', '1+nanj', '1e400j', 'x']:
    show(lambda: complex(s))

# attributes and methods
z = 3 + 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), abs(z), bool(z), bool(0j), bool(-0j))
print((1 + 2j).__getnewargs__(), (1 + 2j).__complex__(), type(z).__name__, isinstance(z, complex))

# arithmetic
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, a ** 0.5, a ** b)
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, 2 ** a, a ** 2.0)
print(True + a, a * False, -a, +a, 1j * 1j, 1j ** 1000, (1 + 1j) ** 0.5)
print((-8) ** 0.5, (-8.0) ** (1 / 3), pow(-8, 0.5), (-1) ** 0.5, (-2.5) ** 1.5)
print((-8) ** 2.0, (-8.0) ** -1.0, 0j ** 0, 0j ** 2, (2 + 3j) ** -2)
print(complex(inf, 0) * 2, complex(1e200, 1e200) ** 2, complex(inf, 0) ** 2)
show(lambda: a / 0)
show(lambda: a / 0j)
show(lambda: 1 / (0j))
show(lambda: 0j ** -1)
show(lambda: 0j ** 1j)
show(lambda: complex(1e200, 0) ** 3.5)
show(lambda: complex(1e308, 1e308) * 10)
show(lambda: abs(complex(1e308, 1e308)))
show(lambda: abs(complex(inf, nan)))
show(lambda: abs(complex(nan, 1)))
show(lambda: pow(1j, 2, 3))
show(lambda: 1j // 1)
show(lambda: 1j % 1)
show(lambda: divmod(1j, 1))
show(lambda: 1j & 1)
show(lambda: ~1j)
show(lambda: 1j + 'a')
show(lambda: 'a' + 1j)
show(lambda: [1] * 1j)
show(lambda: 1j < 1j)
show(lambda: 1j <= 1)
show(lambda: 1 > 1j)
show(lambda: int(1j))
show(lambda: float(1j))
show(lambda: round(1j))
show(lambda: 1j + 2 ** 1100)

# comparisons
print(1j == 1j, (1 + 0j) == 1, (1 + 0j) == 1.0, (1 + 0j) == True, 1 == 1 + 0j, 1.0 != 1 + 0j)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53, 1j == 'a', 1j != None)
print(complex(nan, 0) == complex(nan, 0), 1j in [1, 2, 1j], {1j: 'x'}[1j])

# hash equals CPython's
for z in [1 + 2j, complex(1.5, -2.5), complex(2 ** 60, 3.7), 1j, -1j, complex(-1, 0),
          complex(1, 0), complex(0.5, 0), complex(-0.0, -0.0), complex(inf, -inf), complex(1e300, 1e-300)]:
    print(hash(z))
print(hash(1 + 0j) == hash(1), hash(complex(0.5, 0)) == hash(0.5), len({1, 1.0, 1 + 0j, True}))

# in-place
x = 1j
x += 1
x *= 2
x **= 2
x /= 1 + 1j
print(x)
