class Config:
    defaults = {'a': 1}
    def __init__(self):
        self.local = dict(self.defaults)
c1, c2 = Config(), Config()
c1.local['a'] = 99
Config.defaults['b'] = 2
print(c1.local, c2.local, Config.defaults, c2.defaults is Config.defaults)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.instances, Sub.instances)
