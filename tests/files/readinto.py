# readinto on binary files: fills a bytearray or a writable memoryview
# slice, returns the count (short at the end, 0 after it), refuses
# read-only buffers; text files have no readinto.
import os
from _tmpname import tmpname

name = tmpname('readinto')
with open(name, 'wb') as f:
    f.write(bytes(range(40)))

with open(name, 'rb') as f:
    print(hasattr(f, 'readinto'))
    print(f.read(3))                        # part of the file is now buffered
    b = bytearray(10)
    print(f.readinto(b), b)
    print(f.readinto(memoryview(b)[2:5]), b)
    print(f.tell())
    big = bytearray(30)
    print(f.readinto(big), big)
    print(f.readinto(big))
    f.seek(38)
    print(f.readinto(b), b)
    for bad in (b'xx', 'xx', memoryview(b'ab'), memoryview(b)[::2], 3):
        try:
            f.readinto(bad)
        except TypeError as e:
            print('TypeError', e)

with open(name) as f:
    print(hasattr(f, 'readinto'))
with open(name, 'wb') as f:
    try:
        f.readinto(bytearray(2))
    except OSError:
        print('OSError')
try:
    f.readinto(bytearray(1))
except ValueError:
    print('ValueError')
os.remove(name)
