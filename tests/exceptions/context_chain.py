try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError('a')
    finally:
        pass
except KeyError as e:
    print(e.__context__)
e = ValueError()
print(e.__context__, e.__cause__, e.__suppress_context__)
