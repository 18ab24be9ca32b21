import os
base = '/tmp/copper_tests2_os_files'
os.mkdir(base)
print(os.listdir(base))
with open(base + '/a.txt', 'w') as f:
    f.write('hello')
os.mkdir(base + '/sub')
print(sorted(os.listdir(base)))
st = os.stat(base + '/a.txt')
print(st[6], st.st_size if hasattr(st, 'st_size') else st[6])
os.rename(base + '/a.txt', base + '/b.txt')
print(sorted(os.listdir(base)))
with open(base + '/b.txt') as f:
    print(f.read())
try:
    os.mkdir(base)
except OSError as e:
    print('exists', type(e).__name__, e.errno)
try:
    os.remove(base + '/nope')
except OSError as e:
    print('missing', type(e).__name__, e.errno)
try:
    os.rmdir(base)
except OSError as e:
    print('not empty', e.errno)
os.remove(base + '/b.txt')
os.rmdir(base + '/sub')
print(os.listdir(base))
os.rmdir(base)
print(base.split('/')[-1] in os.listdir('/tmp'))
