try:
    open('/tmp/definitely/not/here/copper.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, isinstance(e, OSError))
try:
    open('/tmp/copper_no_such_file_xyz.txt', 'r')
except OSError as e:
    print(type(e).__name__, e.errno)
import errno
print(errno.ENOENT)
