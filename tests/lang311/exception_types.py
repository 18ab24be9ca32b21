tests = [lambda: [][1], lambda: {}['k'], lambda: int('x'), lambda: None.foo, lambda: 1 + 'a',
         lambda: undefined_name, lambda: 1 / 0, lambda: iter(5), lambda: next(iter([])),
         lambda: 'abc'.encode('nope'), lambda: [].index(1), lambda: (1,)[5], lambda: 2 ** 10000 * 1.0]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', [c.__name__ for c in type(e).__mro__[1:-2]])
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise MyErr(7)
except ValueError as e:
    print(repr(e), e.code, e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(BaseException.__subclasses__ is not None, isinstance(KeyboardInterrupt(), Exception))
