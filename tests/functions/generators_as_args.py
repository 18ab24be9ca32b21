def consume(it, n):
    return [next(it) for _ in range(n)]
def nat():
    i = 0
    while True:
        yield i
        i += 1
g = nat()
print(consume(g, 3), consume(g, 2))
print(sum(x for x in range(5)), max((x % 4 for x in range(10))), sorted(x * -1 for x in range(3)))
print(dict((i, i * i) for i in range(3)), set(c for c in 'aab') == {'a', 'b'})
