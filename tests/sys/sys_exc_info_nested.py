import sys
def show():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None)
print(show())
try:
    raise KeyError('outer')
except KeyError:
    print(show())
    try:
        raise ValueError('inner')
    except ValueError:
        print(show())
    print(show())
print(show())
