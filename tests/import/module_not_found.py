try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
    print(e.name)
try:
    import no_such_pkg.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from no_such_thing import x
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
