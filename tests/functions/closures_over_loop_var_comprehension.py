adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
def make_multipliers():
    return [lambda x, i=i: i * x for i in range(4)]
print([m(2) for m in make_multipliers()])
def late_binding():
    return [lambda x: i * x for i in range(4)]
print([m(2) for m in late_binding()])
