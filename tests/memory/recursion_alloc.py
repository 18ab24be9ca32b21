def build(n):
    if n == 0:
        return []
    return [n, build(n - 1)]
t = build(500)
depth = 0
while t:
    depth += 1
    t = t[1]
print(depth)
big = [list(range(100)) for _ in range(1000)]
print(sum(map(len, big)))
