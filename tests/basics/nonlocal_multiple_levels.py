def a():
    v = 1
    def b():
        def c():
            nonlocal v
            v += 100
        c()
        return v
    r = b()
    return r, v
print(a())
def counter_pair():
    x = y = 0
    def bump():
        nonlocal x, y
        x += 1
        y += 2
        return x, y
    return bump
bp = counter_pair()
bp()
print(bp())
