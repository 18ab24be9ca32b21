print(type(5) is int, type('') is str, type(type) is type, type(object()) is object)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__name__, int.__name__, type.__name__, type(len).__name__, type(print).__name__)
print(type(lambda: 0).__name__, type([].append).__name__, type(iter([])).__name__)
def f():
    yield
print(type(f()).__name__, type(f).__name__, type(None).__name__, type(NotImplemented).__name__)
