# Copper bug: assigning a namedtuple field gives the property message
# "property 'x' of 'Point' object has no setter"; CPython 3.11 says
# "can't set attribute".
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
