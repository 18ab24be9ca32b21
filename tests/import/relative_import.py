import sys
sys.path.insert(0, 'mods')
from pkg.sub.leaf import describe
print(describe())
from pkg.util import call_core, cf
print(call_core(), cf())
