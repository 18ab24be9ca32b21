import os
from _tmpname import tmpname
path = tmpname('binary') + '.bin'
data = bytes(range(256))
with open(path, 'wb') as f:
    print(f.write(data))
with open(path, 'rb') as f:
    back = f.read()
print(back == data, len(back), type(back).__name__, back[:5], back[-3:])
with open(path, 'rb') as f:
    print(f.read(4), f.read(2))
with open(path, 'wb') as f:
    f.write(b'line1\nline2\n')
with open(path, 'rb') as f:
    print(f.readline(), list(f))
os.remove(path)
