def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(300))
def walk(d, depth=0):
    if not isinstance(d, dict):
        return depth
    return max((walk(v, depth + 1) for v in d.values()), default=depth)
nested = {}
cur = nested
for i in range(50):
    cur['k'] = {}
    cur = cur['k']
print(walk(nested))
