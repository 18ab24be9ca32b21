# An attribute missing from a module that is still being imported (a
# circular import) gets CPython's "partially initialized module" message.
import sys
sys.path.insert(0, 'mods')
import partial_a
print(partial_a.later())
try:
    partial_a.nothing
except AttributeError as e:
    print(e)
try:
    sys.nothing
except AttributeError as e:
    print(e, e.name, e.obj is sys)
