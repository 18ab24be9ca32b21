x = 'outer'
print([x for x in range(3)], x)
print({k: v for k, v in zip('ab', (1, 2))}, sorted({i % 3 for i in range(10)}))
g = (i * i for i in range(4))
print(next(g), list(g))
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
def make():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(make())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
print(sum(x for x in range(101)), max((len(w), w) for w in 'a bbb cc'.split()))
print(any(x > 3 for x in [1, 5]), all([]), list(filter(None, [0, 1, '', 'a'])))
