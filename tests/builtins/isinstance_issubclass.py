print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance('s', str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, (str, int)), issubclass(KeyError, LookupError), issubclass(object, int))
print(isinstance(1, object), issubclass(type, object), isinstance(object, object))
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
