def f():
    try:
        raise ValueError('first')
    except ValueError:
        return undefined_in_handler
try:
    f()
except NameError as e:
    print('NameError', e, '| context:', repr(e.__context__))
