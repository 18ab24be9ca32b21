def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1))
def counters():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(counters())
def counters2():
    return [(lambda j=i: j)() for i in range(3)]
print(counters2())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
ad = acc()
print(ad(1), ad(2), ad(3))
print(a5.__closure__ is not None)
