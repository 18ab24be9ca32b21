import math, sys
s = 0
for i in range(1000):
    s += math.floor(i / 3)
print(s)
def f():
    t = 0
    for i in range(100):
        t += math.sqrt(i * i)
    return t
print(f())
old = math.floor
math.floor = lambda x: -1
print(math.floor(5.5))
math.floor = old
print(math.floor(5.5))
class M: pass
mod = type(sys)("mymod")
mod.x = 1
def g():
    r = []
    for i in range(3):
        r.append(mod.x)
        mod.x += 1
    return r
print(g())
del mod.x
try:
    mod.x
except AttributeError as e:
    print(e)
print(sys.path is sys.path, type(math.pi).__name__)
