# basic control flow / arithmetic
x = 0
for i in range(10):
    x += i * 2
print(x)
a, b = 1, 2
a, b = b, a
print(a, b)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
l = [i * i for i in range(10) if i % 2]
print(l)
d = {k: v for k, v in zip("abc", range(3))}
print(d)
s = {x % 3 for x in range(10)}
print(s)
print(sum(x for x in range(100)))
i = 0
while True:
    i += 1
    if i > 5:
        break
    if i == 2:
        continue
    print("i", i)
else:
    print("no")
for j in range(3):
    pass
else:
    print("else", j)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 1 << 62, 1 << 70, -(2**62), (1 << 62) * 4)
print(3 - 10, ~5, -(-5))
print(1 < 2 < 3, 1 < 3 < 2, "a" < "b")
print(not 0, not [], not [1])
x = 5
x -= 3; x *= 4; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0xff; x ^= 3
print(x)
print([1, 2, 3][-1], (4, 5)[0], {"a": 1}["a"], "hello"[1:3], [1,2,3,4][::2])
t = (1, *[2, 3], *range(2))
print(t, [*t, 9], {**{'a': 1}, 'b': 2}, {*t})
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
print(f"{x!r:>5}|{'s'!s}|{35:5d}|{x}")
name = "w"
print(f"hello {name} {1+1} {'é'!a}")
print(1 if x else 2, x and 0, x or 0, None or "d")
print(isinstance(3, int), 3 in [1, 2, 3], 4 not in [1], None is not None)
del a
try:
    a
except NameError as e:
    print(e)
g = 10
def useg():
    global g
    g += 1
    return g
print(useg(), g)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return inc(), n
print(outer())
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4, z=9))
lst = [3, 1, 2]
lst.sort(key=lambda v: -v)
print(lst, sorted(lst), max(lst), min(lst, key=lambda v: v))
x = [1,2,3]
x[1] = 5
del x[0]
print(x)
dd = {}
dd["k"] = 1
dd["k"] += 1
print(dd)
