import os
from _tmpname import tmpname
path = tmpname('with') + '.txt'
with open(path, 'w') as f:
    f.write('data')
    print('closed inside:', f.closed)
print('closed after:', f.closed)
try:
    with open(path) as f:
        print(f.read())
        raise ValueError('inside with')
except ValueError as e:
    print('caught', e, 'closed:', f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
os.remove(path)
