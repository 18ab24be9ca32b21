class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
try:
    t.celsius = 5
except AttributeError as e:
    print('AttributeError', e)
print(type(Temp.celsius).__name__)
