m = __import__('sys')
print(m.__name__, type(m).__name__)
import math
print(__import__('math') is math)
try:
    __import__('no_such_module_xyz')
except ImportError as e:
    print(type(e).__name__, e)
