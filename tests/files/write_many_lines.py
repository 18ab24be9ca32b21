import os
from _tmpname import tmpname
path = tmpname('many') + '.txt'
with open(path, 'w') as f:
    for i in range(200):
        print(i, i * i, sep=',', file=f)
total = 0
count = 0
with open(path) as f:
    for line in f:
        a, b = line.split(',')
        total += int(b)
        count += 1
print(count, total)
os.remove(path)
