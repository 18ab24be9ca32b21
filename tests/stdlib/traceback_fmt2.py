import traceback
def f():
    raise ValueError('bad value')
try:
    f()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(type(lines).__name__, lines[0], lines[-1], end='')
    print(len(lines) >= 2)
    print(traceback.format_exception_only(e) if hasattr(traceback, 'format_exception_only') else '')
    lines2 = traceback.format_exception(type(e), e, e.__traceback__)
    print(lines2[-1], end='')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k')
except KeyError as e:
    out = ''.join(traceback.format_exception(e))
    print('During handling' in out, out.strip().splitlines()[-1])
try:
    raise RuntimeError
except RuntimeError as e:
    print(traceback.format_exception(e)[-1], end='')
e = TypeError('no tb')
print(traceback.format_exception(e))
