import sys
sys.path.insert(0, 'mods')
from helper import VALUE, greet, Widget as W
print(VALUE, greet('from'), W(1))
from helper import *
print(items, 'greet' in dir())
try:
    _private
except NameError as e:
    print('NameError', e)
try:
    from helper import nonexistent
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
