x = 'global'
def outer():
    x = 'outer'
    def inner():
        return x
    return inner()
print(outer())
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def read_global():
    return x
print(read_global())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3()
        return l2()
    return l1()
print(deep())
def late():
    def f():
        return v
    v = 'bound later'
    return f()
print(late())
