from .. import util
from ..core import core_func
from . import SUB
def describe():
    return [util.UTIL, core_func(), SUB, __name__]
