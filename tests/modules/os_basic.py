import os

D = 'os_test_tmp_dir'

def t(f, *a):
    try:
        r = f(*a)
        print(repr(r) if r is not None else 'ok')
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    except Exception as e:
        print(type(e).__name__, e)

print(os.sep)
cwd = os.getcwd()
print(type(cwd).__name__, cwd.startswith('/'))
if D in os.listdir():
    for n in os.listdir(D):
        os.remove(D + '/' + n)
    os.rmdir(D)
os.mkdir(D)
print(D in os.listdir(), D in os.listdir('.'), os.listdir(D))
with open(D + '/a.txt', 'w') as f:
    f.write('hello')
with open(D + '/b.txt', 'w') as f:
    f.write('')
print(sorted(os.listdir(D)))
st = os.stat(D + '/a.txt')
print(st[6], st.st_size, len(st), st.st_mode & 0o170000 == 0o100000, type(st.st_mtime).__name__)
print(os.stat(D).st_mode & 0o170000 == 0o040000)
os.rename(D + '/a.txt', D + '/c.txt')
print(sorted(os.listdir(D)))
t(os.stat, D + '/a.txt')
t(os.remove, D + '/a.txt')
t(os.rmdir, D + '/nope')
t(os.mkdir, D)
t(os.listdir, D + '/missing')
t(os.rmdir, D)
t(os.chdir, D + '/missing')
for f in (os.stat, os.listdir, os.mkdir, os.rmdir, os.remove, os.chdir, os.statvfs):
    t(f, 3.5)
t(os.rename, 1.5, 'x')
t(os.rename, 'x', None)
t(os.rename, 'nonexistent_src', 'x')
t(os.getenv, 5)
t(os.listdir, D + '/c.txt')
os.chdir(D)
print(os.getcwd() == cwd + '/' + D, sorted(os.listdir()))
os.chdir('..')
print(os.getcwd() == cwd)
os.unlink(D + '/b.txt')
os.remove(D + '/c.txt')
os.rmdir(D)
print(D in os.listdir())
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
t(os.urandom, -1)
print(os.getenv('COPPER_SURELY_UNSET_VAR'), os.getenv('COPPER_SURELY_UNSET_VAR', 'dflt'))
u = os.uname()
print(len(u), type(u.sysname).__name__, u[0] == u.sysname, u.machine == u[4])
v = os.statvfs('.')
print(len(v), v[0] > 0, v.f_bsize == v[0])
print(os.sync())
