d = {}
for i in range(-50, 50):
    d[i * 1000003] = i
print(len(d), d[-50 * 1000003], d[49 * 1000003])
d2 = {(i, j): i * j for i in range(10) for j in range(10)}
print(len(d2), d2[(3, 7)], d2[(9, 9)])
d3 = {2 ** i: i for i in range(100)}
print(d3[2 ** 99], len(d3), 2 ** 100 in d3)
s = {str(i): i for i in range(300)}
print(s['150'], len(s), sum(s.values()))
