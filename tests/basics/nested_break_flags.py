grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 99:
            found = (r, c)
            break
    else:
        continue
    break
print('found at', found)
for a in range(3):
    for b in range(3):
        if a * b == 2:
            print('pair', a, b)
            break
    else:
        print('no pair for', a)
