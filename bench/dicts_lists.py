# Dict- and list-heavy code: counting, grouping, sorting, slicing.
def run(n):
    counts = {}
    groups = {}
    data = []
    for i in range(n):
        k = (i * 7919) % 1009
        counts[k] = counts.get(k, 0) + 1
        groups.setdefault(k % 17, []).append(i)
        data.append(k)
    data.sort()
    total = 0
    for k, v in counts.items():
        total += k * v
    for g in groups.values():
        total += len(g) + g[-1]
    sl = data[10:1000:3]
    total += sum(sl) + len(data[::-2])
    seen = set(data)
    total += len(seen)
    return total


t = 0
for _ in range(80):
    t += run(20000)
print(t)
