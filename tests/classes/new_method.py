class Single:
    _inst = None
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(NotInit())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('hello')
print(u, type(u).__name__, isinstance(u, str), u + '!')
