class Named:
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
class Aged:
    def __init__(self, age, **kw):
        super().__init__(**kw)
        self.age = age
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
    def __repr__(self):
        return f'{self.name}({self.age})'
print(Person(name='ann', age=30), [k.__name__ for k in Person.__mro__])
