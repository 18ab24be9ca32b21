import os
from _tmpname import tmpname
d = tmpname('dir') + ''
os.mkdir(d)
for name in ['b.txt', 'a.txt', 'c.txt']:
    with open(d + '/' + name, 'w') as f:
        f.write(name)
print(sorted(os.listdir(d)))
for name in os.listdir(d):
    os.remove(d + '/' + name)
print(os.listdir(d))
os.rmdir(d)
print('cleaned up')
