class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 5
class Neither:
    pass
for obj in (Empty(), Full(), Neither()):
    print(type(obj).__name__, bool(obj), 'truthy' if obj else 'falsy', not obj)
print(any([Empty(), Full()]), all([Full(), Neither()]))
