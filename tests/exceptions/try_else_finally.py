def f(x):
    try:
        print('try', x)
        if x == 1:
            raise ValueError('one')
    except ValueError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')
    print('after')
f(0)
f(1)
try:
    try:
        raise KeyError('k')
    except ValueError:
        print('wrong handler')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', repr(e))
