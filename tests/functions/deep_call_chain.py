def level(n, acc):
    if n == 0:
        return acc
    return level(n - 1, acc + [n])
print(len(level(200, [])), level(5, []))
def a(x):
    return b(x + 1)
def b(x):
    return c(x * 2)
def c(x):
    return x - 3
print(a(5), [a(i) for i in range(4)])
