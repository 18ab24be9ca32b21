print([i for i in range(10, 0, -2)], list(range(0, -10, -3)))
print(sum(range(0, 101, 2)), len(range(3, 100, 7)), list(range(5))[::-1])
r = range(100)
print(r[10:20:3], r[-5:], r[::25], list(r[95:]))
for i in reversed(range(3)):
    print(i, end=' ')
print()
print(range(0, 10, 2) == range(0, 9, 2), hash(range(3)) == hash(range(3)), range(3) != range(4))
