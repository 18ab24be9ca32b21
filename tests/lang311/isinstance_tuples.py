class A: pass
class B(A): pass
class C: pass
vals = [1, 1.5, 'x', b'y', [1], (1,), {1: 2}, None, True, A(), B(), C()]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, str)), isinstance(v, (A, (C, list))),
          isinstance(v, ()), isinstance(v, (float, bytes, dict)))
print(issubclass(B, (C, A)), issubclass(bool, (str, int)), issubclass(C, ()), issubclass(B, ((A,),)))
print(isinstance(True, int), issubclass(int, object), isinstance(int, type))
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, (int, 5))
except TypeError as e:
    print('TypeError', e)
