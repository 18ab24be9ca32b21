d = {}
for i in range(10000):
    d['key%d' % i] = [i] * 3
print(len(d), d['key9999'])
