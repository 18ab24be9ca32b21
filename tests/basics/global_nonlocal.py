counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = make()
print(s(), s(), s())
def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'changed'
        inner()
    mid()
    return x
print(outer())
def setg():
    global newglobal
    newglobal = 'created'
setg()
print(newglobal)
