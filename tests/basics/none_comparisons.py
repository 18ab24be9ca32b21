x = None
print(x is None, x == None, x is not None, x != None)
print(None == 0, None == '', None == False, None in [None], [None].count(None))
def f(a=None):
    return 'default' if a is None else a
print(f(), f(0), f(''), f(False))
try:
    None < None
except TypeError as e:
    print(e)
print(sorted([3, 1], key=lambda v: (v is None, v)))
