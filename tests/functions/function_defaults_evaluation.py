calls = []
def make_default(tag):
    calls.append(tag)
    return tag
def f(a=make_default('a'), b=make_default('b')):
    return a + b
print(calls)
print(f(), f('x'), calls)
def g(lst=None, *, factor=make_default(2)):
    return [v * factor for v in (lst or [1])]
print(g(), g([3, 4]), calls)
