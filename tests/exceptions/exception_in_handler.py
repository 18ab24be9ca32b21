try:
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')
    finally:
        print('finally still runs')
except TypeError as e:
    print('got', e, 'context', repr(e.__context__))
try:
    try:
        raise ValueError('x')
    finally:
        raise KeyError('from finally')
except KeyError as e:
    print(repr(e), repr(e.__context__))
