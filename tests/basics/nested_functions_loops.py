def outer():
    results = []
    for i in range(3):
        def inner(x=i):
            return x * 10
        results.append(inner())
    return results
print(outer())
total = 0
for i in range(4):
    for j in range(4):
        if (i + j) % 2 == 0:
            continue
        for k in range(2):
            total += i * j + k
print(total)
