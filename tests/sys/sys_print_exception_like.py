import sys
try:
    1 / 0
except ZeroDivisionError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
print(sys.exc_info())
