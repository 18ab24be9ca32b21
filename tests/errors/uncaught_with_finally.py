try:
    print('in try')
    raise RuntimeError('propagates')
finally:
    print('finally runs before exit')
