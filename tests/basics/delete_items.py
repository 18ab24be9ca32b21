d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
l = list(range(10))
del l[2], l[3]
print(l)
del l[-2:]
print(l)
del l[::3]
print(l)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(vars(o))
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
try:
    del o.nope
except AttributeError as e:
    print('AttributeError', e)
