for e in [ValueError(), ValueError('x'), ValueError('x', 2), KeyError('k'), KeyError('a', 'b'), OSError(2, 'No such file'), OSError(2, 'No such', 'f'), OSError('x'), SyntaxError('bad', ('f.py', 3, 4, 'text\n')), SyntaxError('bad'), StopIteration(5), SystemExit(3), ImportError('m', name='q')]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(OSError(2, 'x').errno, type(OSError(2, 'x')), type(OSError(13, 'x')), type(OSError(110, 'x')))
print(OSError(2, 'x', 'f').filename, OSError(2, 'x').filename, OSError('a').errno)
s = SyntaxError('bad', ('f.py', 3, 4, 'text\n', 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(SystemExit().code, SystemExit(1, 2).code, StopIteration().value, ImportError().name)
e = ValueError(1)
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    e.__cause__ = 1
except TypeError as x:
    print(type(x).__name__, x)

class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

try:
    raise MyErr("boom", 42)
except MyErr as e:
    print(e, e.code, e.args, repr(e), isinstance(e, Exception))

class E2(ValueError):
    pass

try:
    raise E2("a", "b")
except ValueError as e:
    print(type(e).__name__, e, e.args)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

def gen():
    yield 1
    return 5
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(issubclass(FileNotFoundError, OSError), FileNotFoundError.__mro__)
print(str(KeyError()), repr(KeyError()))
e = Exception("a")
e.args = (1, 2)
print(e, e.args)
print(ValueError.__name__, ValueError)
class E3(Exception):
    def __str__(self):
        return "custom"
print(E3(), repr(E3(1)))
