class Iterable:
    def __init__(self, *vals):
        self.vals = vals
    def __iter__(self):
        print('iter used')
        return iter(self.vals)
print(2 in Iterable(1, 2, 3), 5 in Iterable(1))
class GetItemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i
print(3 in GetItemOnly(), 9 in GetItemOnly())
