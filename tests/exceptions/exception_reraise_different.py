def convert(v):
    try:
        return int(v)
    except ValueError as e:
        raise TypeError(f'bad value {v!r}') from e
try:
    convert('zz')
except TypeError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
