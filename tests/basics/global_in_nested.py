g = 0
def outer():
    def inner():
        global g
        g += 10
    inner()
    inner()
outer()
print(g)
def f():
    global fresh
    fresh = []
    fresh.append(1)
f()
print(fresh)
x = 'mod'
def reader():
    def deeper():
        return x
    return deeper()
print(reader())
