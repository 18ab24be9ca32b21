class A:
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
class B:
    def __radd__(self, o):
        print('B.__radd__')
        return 'B wins'
print(A() + B())
try:
    A() + 1
except TypeError as e:
    print(e)
class Sub(int):
    def __radd__(self, o):
        return 'sub radd'
    def __add__(self, o):
        return 'sub add'
print(1 + Sub(2), Sub(2) + 1)
