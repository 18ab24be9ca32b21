registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_method(cls):
    cls.describe = lambda self: f'I am {type(self).__name__}'
    return cls
@register
@add_method
class A:
    pass
@register
class B(A):
    pass
print(registry, A().describe(), B().describe())
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3))
