def core_func():
    return 'core_func result'
def helper_value():
    from . import util
    return util.UTIL
