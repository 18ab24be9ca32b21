# micropython.const: Copper folds NAME = const(int expr) at compile time;
# the results must equal CPython's, where const is the identity.
import sys
sys.path.insert(0, 'mods')   # CPython's stub; Copper's built-in module wins
from micropython import const

A = const(10)
_B = const(A * 3 + 1)
C = const(-(1 << 4) | 0x3 ^ ~A // 3 % 7 ** 2)
BIG = const(2 ** 100 + 1)
NEG = const(-7 >> 1)
MOD = const(-7 % 3)
print(A, _B, C, BIG, NEG, MOD)
print(globals()['A'], globals()['_B'], '_B' in globals())

def f(x):
    return x + A + _B

def g():
    A = 1           # a local A: not the constant
    return A + _B

def h():
    global C
    return C

print(f(1), g(), h())

class K:
    v = A
    A = 5           # a class attribute shadows the constant in the body
    w = A
    def m(self):
        return A
print(K.v, K.w, K().m())

print([A * i for i in range(3)], {k: _B for k in 'ab'})
lam = lambda y: y * A
print(lam(4))

# Not foldable: stays a call of const, evaluated at run time.
S = const('text')
F = const(1.5)
T = const(True)
P = const(2 ** -1)
print(S, F, T, P)
try:
    Z = const(1 // 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

if A > 5:
    IN_IF = const(3)
print(IN_IF)

import constmod
print(constmod.WIDTH, constmod.wrap(70000), constmod._MASK)

# Rebinding at module level ends the folding for later code.
A = 99
print(A, A + 1)
del A
try:
    print(A)
except NameError as e:
    print('NameError', e)
