class C:
    x = 1
    def m(self):
        pass
names = dir(C)
print('x' in names, 'm' in names, '__init__' in names, names == sorted(names))
c = C()
c.y = 2
print([n for n in dir(c) if not n.startswith('_')])
import sys
print('argv' in dir(sys), 'path' in dir(sys))
print('append' in dir([]), 'upper' in dir(''), 'keys' in dir({}))
def f():
    a = 1
    b = 2
    return dir()
print(f())
