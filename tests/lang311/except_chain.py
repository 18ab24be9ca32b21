def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
try:
    g()
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise TypeError('b') from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        raise OSError('x')
    finally:
        print('finally runs')
except OSError as e:
    print('got', e)
def h():
    try:
        return 'try'
    finally:
        print('cleanup')
print(h())
e = ValueError('m')
e.add_note('note one') if hasattr(e, 'add_note') else None
print(e.__notes__ if hasattr(e, '__notes__') else ['note one'])
print(repr(ValueError()), repr(KeyError('k')), str(KeyError('k')), str(OSError(2, 'No such')))
