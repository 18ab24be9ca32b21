class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Base.registry.append(type(obj).__name__)
        return obj
    @staticmethod
    def helper(x):
        return x * 2
class Child(Base):
    def __init__(self, v=0):
        self.v = v
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.tag = 'child'
        return obj
c = Child.create(5)
print(c.v, c.tag, Base.registry, Child.helper(4), c.helper(5))
