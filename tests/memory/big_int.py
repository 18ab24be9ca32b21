n = 1
for i in range(1, 1201):
    n *= i
s = str(n)
print(len(s), s[:20], s[-5:])
