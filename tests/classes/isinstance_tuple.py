class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(1, (str, int)))
print(issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(A, type), isinstance(type, type), isinstance(object, type))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
