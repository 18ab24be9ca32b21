import os
from _tmpname import tmpname
path = tmpname('seek') + '.txt'
with open(path, 'w') as f:
    f.write('0123456789')
with open(path, 'rb') as f:
    print(f.tell(), f.read(3), f.tell())
    f.seek(7)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.read(2))
os.remove(path)
