# Copper bug: isinstance/issubclass reject X | Y union types (PEP 604).
print(isinstance(1, int | str), isinstance('a', int | None), isinstance(None, int | None))
print(issubclass(bool, int | str), isinstance(1.5, (str, int | float)))
u = int | str
print(u, isinstance(b'x', u))
