class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return self.suppress
with CM('a'), CM('b', suppress=True), CM('c'):
    raise ValueError('inner')
print('after with')
try:
    with CM('x', suppress=False), CM('y'):
        raise KeyError('k')
except KeyError:
    print('propagated')
