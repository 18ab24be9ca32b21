errs = [ZeroDivisionError('div'), KeyError('k'), IndexError(3), TypeError('t', 1), OSError(2, 'nf'), StopIteration(), RuntimeError(), NameError('n'), AttributeError('a'), MemoryError(), RecursionError('deep'), NotImplementedError('todo'), AssertionError('bad'), OverflowError('big'), ImportError('imp'), UnicodeError('u'), SystemExit(0), KeyboardInterrupt(), GeneratorExit()]
for e in errs:
    print(type(e).__name__, '|', str(e), '|', repr(e))
