import sys
sys.path.insert(0, 'mods')
import pkg
print(pkg.PKG_CONST, pkg.core_func())
import pkg.util
print(pkg.util.UTIL, pkg.util.call_core())
from pkg import core
print(core.helper_value())
from pkg.sub import leaf
print(leaf.describe())
import pkg.sub.leaf as lf
print(lf is leaf, pkg.sub.SUB)
