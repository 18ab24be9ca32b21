class A:
    def __init__(self, x):
        self.x = x
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2)
except TypeError as e:
    print(e)
class B:
    pass
try:
    B(1)
except TypeError as e:
    print(e)
class C:
    def __init__(self):
        return None
print(type(C()).__name__)
class D:
    def __init__(self):
        return 5
try:
    D()
except TypeError as e:
    print(e)
