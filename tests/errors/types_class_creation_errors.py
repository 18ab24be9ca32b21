def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A: pass
t(lambda: type('X', (1,), {}))
t(lambda: type('X', (A, A), {}))
t(lambda: type(1, (), {}))
t(lambda: type('X', [], {}))
t(lambda: type('X', (), []))
t(lambda: type('X', (), {}, 1))
class P1(A, metaclass=type, foo=1): pass
