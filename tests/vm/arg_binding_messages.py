def f():
    print(x)
    x = 1
try: f()
except Exception as e: print(type(e).__name__, e)
def g():
    def h(): return y
    h()
    y = 1
try: g()
except Exception as e: print(type(e).__name__, e)
def k(a, b, /, c, *, d): pass
for args, kw in [((), {}), ((1,), {}), ((1,2,3,4), {'d':1}), ((1,2), {'c':1}), ((1,2,3), {}), ((1,2,3),{'d':1,'e':2}), ((1,), {'a':1,'b':2,'c':3,'d':4}), ((1,2,3), {'d':4, 'c': 5})]:
    try: k(*args, **kw)
    except TypeError as e: print(e)
class C:
    def m(self, x, y=2): pass
for a in [(), (1,2,3)]:
    try: C().m(*a)
    except TypeError as e: print(e)
try: C.m()
except TypeError as e: print(e)
def f2(a, b, c, *, d, e): pass
try: f2()
except TypeError as e: print(e)
try: f2(1,2,3)
except TypeError as e: print(e)
try: f2(1,2,3, d=1)
except TypeError as e: print(e)
try: f2(**1)
except TypeError as e: print(e)
try: f2(1, **{'a':2})
except TypeError as e: print(e)
try: f2(1, **{'d':2}, d=3)
except TypeError as e: print(e)
try: f2(**{1:2})
except TypeError as e: print(e)
def f3(*, a): pass
try: f3(1)
except TypeError as e: print(e)
def f4(a, *, b=1): pass
try: f4(1, 2, 3)
except TypeError as e: print(e)
def f5(a=1, *, b=1): pass
try: f5(1, 2, 3)
except TypeError as e: print(e)
try: f5(1, 2)
except TypeError as e: print(e)
def f6(): pass
try: f6(1)
except TypeError as e: print(e)
try: f6(a=1)
except TypeError as e: print(e)
def f7(a, **kw): pass
try: f7(1, a=2)
except TypeError as e: print(e)
def f8(a, /, **kw): print(a, kw)
f8(1, a=2)
def f9(a, /): pass
try: f9(a=2)
except TypeError as e: print(e)
def f10(a, b, /): pass
try: f10(a=2, b=3)
except TypeError as e: print(e)
def f11(a, b, c, d): pass
try: f11(1)
except TypeError as e: print(e)
try: f11(1, 2, 3, 4, 5, d=4)
except TypeError as e: print(e)
def f12(a, *, k1, k2): pass
try: f12(1, 2, k1=1)
except TypeError as e: print(e)
