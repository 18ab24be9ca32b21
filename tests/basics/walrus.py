data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print('long', n)
vals = []
i = 0
while (i := i + 1) < 5:
    vals.append(i)
print(vals)
print([y for x in data if (y := x * 2) > 4])
print(y)
print((z := 10) + z)
def g():
    if (m := 7):
        return m * 2
print(g())
