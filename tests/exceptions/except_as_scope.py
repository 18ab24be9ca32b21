e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError as ne:
    print('NameError', ne)
def f():
    try:
        raise KeyError(1)
    except KeyError as err:
        saved = err
    return saved
print(repr(f()))
