def risky(n):
    if n == 0:
        raise ValueError('zero')
    if n == 1:
        raise KeyError('one')
    return n
for n in range(3):
    try:
        try:
            print('result', risky(n))
        except ValueError as e:
            print('inner caught', e)
        else:
            print('inner else')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
