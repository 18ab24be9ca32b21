try:
    1 / 0
except ZeroDivisionError:
    print('caught zero division')
try:
    [][1]
except (KeyError, IndexError) as e:
    print('caught', type(e).__name__, e)
try:
    {}['k']
except LookupError as e:
    print('lookup', type(e).__name__, e)
try:
    int('x')
except Exception as e:
    print('generic', type(e).__name__)
try:
    raise RuntimeError('plain')
except:
    print('bare except')
