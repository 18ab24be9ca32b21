print('pkg init')
PKG_CONST = 'pkg constant'
from .core import core_func
