def f(kind):
    if kind == 1:
        raise ValueError('v')
    if kind == 2:
        raise SystemExit(2)
    if kind == 3:
        raise KeyboardInterrupt
    return 'ok'
for k in range(4):
    try:
        print(f(k))
    except Exception as e:
        print('Exception', type(e).__name__)
    except BaseException as e:
        print('BaseException', type(e).__name__)
