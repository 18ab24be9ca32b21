class C:
    pass
print(repr(C).startswith("<class '__main__.C'>"), C)
print(int, str, type, object)
print(type(C()), type(None))
