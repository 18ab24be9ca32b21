class Bad:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise RuntimeError('exit failed')
try:
    with Bad():
        raise ValueError('body')
except RuntimeError as e:
    print(e, repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('not called')
try:
    with BadEnter():
        print('not run')
except OSError as e:
    print(e)
