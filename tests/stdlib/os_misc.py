import os
base = '/tmp/copper_tests2_os_misc'
os.mkdir(base)
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == base or os.getcwd().endswith(base))
with open('f.bin', 'wb') as f:
    f.write(bytes(range(10)))
print(os.stat('f.bin')[6], os.listdir('.'))
print((os.stat('.')[0] & 0o170000) == 0o040000, (os.stat('f.bin')[0] & 0o170000) == 0o100000)
os.chdir(old)
print(os.sep)
os.remove(base + '/f.bin')
os.rmdir(base)
try:
    os.stat(base)
except OSError as e:
    print('gone', e.errno)
try:
    os.listdir(base)
except OSError as e:
    print('listdir', type(e).__name__)
print(len(os.urandom(8)), type(os.urandom(2)).__name__)
