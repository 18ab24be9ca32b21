print(max(1, 5, 3), min(1, 5, 3), max([4, 9, 2]), min('hello'), max('abc', 'abd'))
print(max([], default='empty'), min([], default=None), max([1, 2], default=0))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max([-5, 3], key=abs))
print(max([1, 3, 3.0, 2]), min([(2, 'b'), (1, 'z'), (1, 'a')]), max({3: 'a', 7: 'b'}))
print(max(x * x for x in range(-4, 3)), min(3, 3.0), max(3.0, 3))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    max(1, 'a')
except TypeError as e:
    print(e)
