class Dog:
    tricks = []
    kind = 'canine'
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)
a, b = Dog('a'), Dog('b')
a.add_trick('roll')
b.add_trick('sit')
print(Dog.tricks, a.own_tricks, b.own_tricks)
a.kind = 'wolf'
print(a.kind, b.kind, Dog.kind)
