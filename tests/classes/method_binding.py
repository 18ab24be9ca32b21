class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a = C(1)
m = a.get
print(m(), m.__self__ is a, m.__func__ is C.get)
a.v = 2
print(m())
print(C.get(C(3)))
fs = [C(i).get for i in range(3)]
print([f() for f in fs])
a.get = lambda: 'instance override'
print(a.get(), C(9).get())
print(a.get == a.get, C(1).get == C(1).get)
