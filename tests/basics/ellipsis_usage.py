def todo():
    ...
print(todo(), ... is Ellipsis, type(...).__name__)
x = [1, ...]
print(x, repr(...), str(...), bool(...))
class Stub:
    def method(self): ...
print(Stub().method())
