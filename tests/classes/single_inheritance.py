class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, an ' + super().kind()
class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name + ' jr')
d = Dog('rex'); p = Puppy('rex')
print(d.speak(), d.kind())
print(p.speak(), p.kind())
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
