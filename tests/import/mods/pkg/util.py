UTIL = 'util value'
from .core import core_func as cf
def call_core():
    return 'util->' + cf()
