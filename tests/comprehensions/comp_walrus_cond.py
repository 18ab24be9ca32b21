data = [5, 12, 7, 30, 2]
print([y for x in data if (y := x * 3) > 20])
print(y)
print([(x, x2) for x in range(6) if (x2 := x * x) % 2 == 0])
total = 0
sums = [total := total + v for v in [1, 2, 3, 4]]
print(sums, total)
