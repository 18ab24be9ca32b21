class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return 'C'
    @classmethod
    def make(cls, v):
        t = cls()
        t.celsius = v
        return t
t = Temp.make(100)
print(t.celsius, t.fahrenheit, Temp.unit(), t.unit(), type(Temp.__dict__['unit']).__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
class D:
    def __get__(self, obj, typ=None):
        return 'desc' if obj is not None else 'class'
    def __set_name__(self, owner, name):
        self.name = name
class H:
    d = D()
print(H().d, H.d, H.__dict__['d'].name)
class G:
    def __getattr__(self, n):
        return n.upper()
print(G().foo, getattr(G(), 'bar'), hasattr(G(), 'x'))
