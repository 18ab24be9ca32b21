class C:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    def delx(self):
        del self._x
    x = property(getx, setx, delx, 'the x')
c = C()
print(c.x)
c.x = 5
print(c.x)
del c.x
print(hasattr(c, '_x'))
print(C.x.__doc__)
