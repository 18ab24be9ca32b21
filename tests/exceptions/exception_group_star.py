# except* is 3.11 syntax; kept simple.
try:
    raise ExceptionGroup('grp', [ValueError('a'), TypeError('b')])
except* ValueError as eg:
    print('value errors', [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print('type errors', [str(x) for x in eg.exceptions])
