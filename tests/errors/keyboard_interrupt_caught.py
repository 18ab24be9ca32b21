try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print('caught', type(e).__name__, repr(e))
try:
    try:
        raise KeyboardInterrupt('ctrl-c')
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('BaseException caught', e)
