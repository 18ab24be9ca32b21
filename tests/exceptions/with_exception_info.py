class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('type', et.__name__ if et else None)
        print('value', repr(ev))
        print('tb present', tb is not None)
        return et is KeyError
with Inspect():
    pass
with Inspect():
    raise KeyError('suppressed')
try:
    with Inspect():
        raise IndexError('propagates')
except IndexError as e:
    print('outer', e)
