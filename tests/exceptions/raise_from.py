class AppError(Exception):
    pass
try:
    try:
        {}['missing']
    except KeyError as e:
        raise AppError('lookup failed') from e
except AppError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('no cause') from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise ValueError('v') from TypeError('t')
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
