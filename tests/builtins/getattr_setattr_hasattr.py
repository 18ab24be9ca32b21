class C:
    a = 1
c = C()
print(getattr(c, 'a'), getattr(c, 'b', 'default'), hasattr(c, 'a'), hasattr(c, 'b'))
setattr(c, 'b', 2)
print(c.b, getattr(c, 'b'))
delattr(c, 'b')
print(hasattr(c, 'b'))
try:
    getattr(c, 'zz')
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
print(getattr([], 'append').__name__, getattr(1, 'real'), hasattr(str, 'join'))
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print(e)
try:
    delattr(c, 'nope')
except AttributeError as e:
    print(e)
