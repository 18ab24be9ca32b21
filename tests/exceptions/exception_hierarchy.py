for cls in [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, NameError,
            UnboundLocalError, AttributeError, RuntimeError, RecursionError,
            NotImplementedError, StopIteration, OSError, FileNotFoundError,
            MemoryError, OverflowError, AssertionError, ImportError, ModuleNotFoundError,
            KeyboardInterrupt, SystemExit, GeneratorExit, UnicodeError, LookupError, ArithmeticError,
            EOFError, Exception, StopAsyncIteration, SyntaxError, IndentationError]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
