def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('ret', result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, b=2)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
print(hi('bob'))
def d1(f):
    print('d1 applied')
    return lambda: 'd1(' + f() + ')'
def d2(f):
    print('d2 applied')
    return lambda: 'd2(' + f() + ')'
@d1
@d2
def base():
    return 'base'
print(base())
