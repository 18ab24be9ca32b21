from micropython import const
WIDTH = const(16)
_MASK = const((1 << WIDTH) - 1)
def wrap(x):
    return x & _MASK
