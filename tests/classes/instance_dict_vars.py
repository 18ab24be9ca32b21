class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(c.__dict__, vars(c))
c.__dict__['z'] = 26
print(c.z)
print(type(c) is C, c.__class__ is C, C.__class__.__name__)
print(C.__name__, C.__module__)
