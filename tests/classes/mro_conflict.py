class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError', e)
class O: pass
class E(O): pass
class F(O): pass
class G(E, F): pass
print([k.__name__ for k in G.__mro__])
try:
    class H(E, E): pass
except TypeError as e:
    print('TypeError', e)
