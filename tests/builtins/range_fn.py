print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(3, 3)))
print(range(5)[2], range(10)[-1], len(range(1, 10, 2)), 4 in range(5), range(3)[::-1])
for i in range(3):
    print(i, end=' ')
print()
try:
    range('a')
except TypeError as e:
    print(e)
print(list(range(-3)), list(range(True, 3)))
