def g():
    yield 1
    yield 2
gen = g()
print(list(zip(gen, 'abc')))
print(list(gen))
def running():
    yield gen2.__next__
gen2 = running()
f = next(gen2)
try:
    gen2.send(None) if False else next(gen2)
except StopIteration:
    print('stopped')
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(e)
