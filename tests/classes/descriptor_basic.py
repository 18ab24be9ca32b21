class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}')
        obj.__dict__[self.name] = value
class Person:
    age = Typed('age', int)
p = Person()
print(p.age)
p.age = 30
print(p.age)
try:
    p.age = 'old'
except TypeError as e:
    print(e)
print(type(Person.age).__name__)
