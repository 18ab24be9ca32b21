import sys
import math
import gc
print(type(sys).__name__, type(math).__name__, math.sqrt(81), math.floor(-1.5))
print(sys.__name__, gc.__name__)
import math as m
from math import pi, sqrt as root
print(m is math, round(pi, 4), root(2) == math.sqrt(2))
