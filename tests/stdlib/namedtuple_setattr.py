# Assigning or deleting a namedtuple field raises AttributeError with 3.11's messages.
from collections import namedtuple
P = namedtuple('Point', ['x', 'y'])
p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.y
except AttributeError as e:
    print('AttributeError', e)
print(p)
