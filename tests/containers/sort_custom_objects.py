class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f'{self.name}:{self.price}'
items = [Item('pen', 3), Item('book', 12), Item('cup', 3), Item('bag', 20)]
print(sorted(items, key=lambda i: i.price))
print(sorted(items, key=lambda i: (-i.price, i.name)))
items.sort(key=lambda i: i.name)
print(items)
try:
    sorted(items)
except TypeError as e:
    print(e)
