import sys
import math
print('math' in sys.modules, sys.modules['math'] is math)
print(sys.modules['__main__'].__name__)
this = sys.modules[__name__]
print(this.__name__)
