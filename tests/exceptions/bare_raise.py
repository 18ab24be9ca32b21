def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print('outer got', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def g():
    try:
        raise TypeError('t')
    except TypeError as e:
        try:
            raise ValueError('v')
        except ValueError:
            pass
        raise
try:
    g()
except Exception as e:
    print(type(e).__name__, e)
