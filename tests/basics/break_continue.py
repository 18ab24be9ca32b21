out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
res = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        res.append((i, j))
print(res)
i = 0
while i < 10:
    i += 1
    if i < 8:
        continue
    print('i', i)
