x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
a, b = 1, 2
del a, b
l = [1, 2, 3]
del l[0], l[0]
print(l)
class C: pass
c = C(); c.attr = 5
del c.attr
print(hasattr(c, 'attr'))
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'unbound: ' + str(e)
print(f())
