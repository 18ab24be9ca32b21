d = {}
for d['key'] in range(3):
    pass
print(d)
class O:
    pass
o = O()
for o.attr in 'abc':
    pass
print(o.attr)
l = [0, 0]
for l[0], l[1] in [(1, 2), (3, 4)]:
    print(l)
for i, *rest in [(1, 2, 3), (4,)]:
    print(i, rest)
for _ in range(2):
    print('underscore loop')
