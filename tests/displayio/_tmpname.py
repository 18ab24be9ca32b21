# Unique temporary file names for the displayio tests (not a test itself).
import os


def tmpname(tag):
    try:
        uid = os.getpid()
    except AttributeError:
        import time
        uid = time.monotonic_ns()
    return '/tmp/copper_test_%s_%d' % (tag, uid)
