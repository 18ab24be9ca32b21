class A:
    x = 'A.x'
    def show(self):
        return self.x
class B(A):
    x = 'B.x'
class C(B):
    pass
print(A().show(), B().show(), C().show())
c = C()
c.x = 'instance'
print(c.show(), C.x)
del c.x
print(c.show())
B.x = 'changed B'
print(C().show())
del B.x
print(C().show())
