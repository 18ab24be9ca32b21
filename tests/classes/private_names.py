class A:
    def __init__(self):
        self.__secret = 1
        self._prot = 2
    def reveal(self):
        return self.__secret
a = A()
print(a.reveal(), a._prot, a._A__secret)
try:
    a.__secret
except AttributeError as e:
    print('AttributeError', e)
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = 'b'
b = B()
print(b.reveal(), b._B__secret)
