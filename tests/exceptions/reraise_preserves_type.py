class Special(Exception):
    pass
def f():
    try:
        raise Special('s')
    except Exception as e:
        print('logging', type(e).__name__)
        raise
def g():
    try:
        f()
    except Special as e:
        raise e
try:
    g()
except Special as e:
    print('got', type(e).__name__, e)
