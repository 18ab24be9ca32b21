# Copper bug: OSError(errno.EAGAIN, ...) stays OSError; CPython maps it to BlockingIOError.
import errno
cases = [(errno.ENOENT, 'FileNotFoundError'), (errno.EEXIST, 'FileExistsError'),
         (errno.EACCES, 'PermissionError'), (errno.EISDIR, 'IsADirectoryError'),
         (errno.ENOTDIR, 'NotADirectoryError'), (errno.EAGAIN, 'BlockingIOError'),
         (errno.ETIMEDOUT, 'TimeoutError'), (errno.EINVAL, 'OSError')]
for code, name in cases:
    e = OSError(code, 'msg')
    print(code, type(e).__name__, type(e).__name__ == name, e.errno, e.strerror, str(e))
print(OSError('plain').errno, OSError('a', 'b', 'c').args)
try:
    raise FileNotFoundError(errno.ENOENT, 'gone', 'path.txt')
except OSError as e:
    print(e, e.filename)
