import os
from _tmpname import tmpname
path = tmpname('readline') + '.txt'
with open(path, 'w') as f:
    for i in range(4):
        f.write('line %d\n' % i)
    f.write('last without newline')
with open(path) as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    rest = f.readlines()
    print(rest)
    print(repr(f.readline()))
with open(path) as f:
    for line in f:
        print(line.rstrip('\n'))
with open(path) as f:
    print(len(list(f)))
os.remove(path)
