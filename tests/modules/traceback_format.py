# traceback.format_exception / format_exception_only / format_tb / limit / chain.
import traceback


def f():
    raise ValueError('bad value')


def g():
    f()


try:
    g()
except ValueError as e:
    err = e

print(traceback.format_exception(err))
print(traceback.format_exception(type(err), err, err.__traceback__))
print(traceback.format_exception(type(err), err, None))
print(traceback.format_exception(None, err, None))
print(traceback.format_exception(ValueError, ValueError('y'), None))
print(traceback.format_exception(err, None, None))
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(None))
print(traceback.format_exception(err, limit=1))
print(traceback.format_exception(err, limit=0))
print(traceback.format_exception(err, limit=-1))
print(traceback.format_exception(err, limit=None))
print(traceback.format_tb(err.__traceback__))
print(traceback.format_tb(err.__traceback__, limit=2))
print(traceback.format_tb(None))
print(err.__traceback__ is not None, err.__traceback__.tb_lineno)

try:
    try:
        g()
    except ValueError:
        raise KeyError('k')
except KeyError as e:
    err2 = e
print(''.join(traceback.format_exception(err2)))
print(''.join(traceback.format_exception(err2, chain=False)))
print(traceback.format_exception_only(err2))

try:
    try:
        g()
    except ValueError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    err3 = e
print(''.join(traceback.format_exception(err3)))


def r(n):
    if n == 0:
        raise IndexError('deep')
    r(n - 1)


try:
    r(10)
except IndexError as e:
    err4 = e
print(traceback.format_exception(err4))
print(traceback.format_exception(err4, limit=2))
print(traceback.format_exception(err4, limit=-2))
print(traceback.format_exception(err4, limit=-5))
print(traceback.format_exception(err4, limit=-4))
print(traceback.format_exception(err4, limit=4))
print(traceback.format_exception(err4, limit=5))
print(traceback.format_tb(err4.__traceback__, limit=-6))


class MyError(Exception):
    pass


try:
    raise MyError('custom', 2)
except MyError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError('')), traceback.format_exception_only(KeyError()))
