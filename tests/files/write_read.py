import os
from _tmpname import tmpname
path = tmpname('write_read') + '.txt'
f = open(path, 'w')
n = f.write('hello\nworld\n')
f.close()
print('wrote', n)
f = open(path)
print(repr(f.read()))
f.close()
f = open(path, 'r')
print(repr(f.read(3)), repr(f.read(4)), repr(f.read()), repr(f.read()))
f.close()
os.remove(path)
try:
    os.stat(path)
    print('still there')
except OSError as e:
    print('removed', type(e).__name__)
