import os
from _tmpname import tmpname
path = tmpname('append') + '.txt'
with open(path, 'w') as f:
    f.write('first\n')
with open(path, 'a') as f:
    f.write('second\n')
    f.write('third\n')
with open(path) as f:
    print(f.read().splitlines())
with open(path, 'w') as f:
    f.write('truncated\n')
with open(path) as f:
    print(f.read())
os.remove(path)
