# traceback.print_exception / print_exc / format_exc / print_tb, to files.
import io
import sys
import traceback


def f():
    raise ValueError('bad value')


def g():
    f()


try:
    g()
except ValueError as e:
    err = e

traceback.print_exception(err, file=sys.stdout)
traceback.print_exception(type(err), err, err.__traceback__, file=sys.stdout)
traceback.print_exception(None, err, None, file=sys.stdout)
traceback.print_exception(err, file=sys.stdout, limit=1)
traceback.print_exception(err, file=sys.stdout, chain=False)
buf = io.StringIO()
traceback.print_exception(err, file=buf)
print(repr(buf.getvalue()))
try:
    g()
except ValueError:
    print(traceback.format_exc())
    traceback.print_exc(file=sys.stdout)
    print(repr(traceback.format_exc(limit=1)))
    traceback.print_exc(limit=-1, file=sys.stdout)
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
traceback.print_tb(err.__traceback__, file=sys.stdout)
traceback.print_tb(err.__traceback__, 1, sys.stdout)
try:
    try:
        int('x')
    except ValueError:
        g()
except ValueError:
    s = traceback.format_exc()
print(s)
try:
    {}.pop('missing')
except KeyError:
    traceback.print_exc(file=sys.stdout, chain=False)
old = sys.stderr
sys.stderr = io.StringIO()
traceback.print_exception(err)
try:
    g()
except ValueError:
    traceback.print_exc()
captured = sys.stderr.getvalue()
sys.stderr = old
print(captured.count('Traceback'), captured.splitlines()[-1])


def t(fn):
    try:
        print('ok', fn())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: traceback.print_exception(5))
t(lambda: traceback.format_exception(5))
t(lambda: traceback.format_exception())
t(lambda: traceback.print_exception())
t(lambda: traceback.print_exception(err, err))
t(lambda: traceback.format_exception(ValueError, err))
