s = 'x'
for i in range(20):
    s = s + s
print(len(s))
parts = [str(i) for i in range(10000)]
joined = ','.join(parts)
print(len(joined), joined[-10:])
