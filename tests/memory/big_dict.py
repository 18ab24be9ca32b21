d = {}
for i in range(100000):
    d['key%d' % i] = [i] * 3
print(len(d), d['key99999'])
