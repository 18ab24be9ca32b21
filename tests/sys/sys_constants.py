import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.byteorder)
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0))
print(type(sys.version).__name__, sys.version.startswith('3'))
print(type(sys.modules).__name__, 'sys' in sys.modules)
print(sys.implementation.name in ('cpython', 'copper', 'circuitpython', 'micropython'))
