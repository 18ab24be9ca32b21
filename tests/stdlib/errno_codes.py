import errno
for name in ['ENOENT', 'EEXIST', 'EINVAL', 'EIO', 'EACCES', 'EAGAIN', 'EBADF', 'ENOMEM',
             'ENOSPC', 'ENOTDIR', 'EISDIR', 'ETIMEDOUT', 'EPERM', 'ENODEV', 'ENOTEMPTY']:
    print(name, getattr(errno, name), errno.errorcode[getattr(errno, name)])
try:
    open('/nonexistent_dir_copper/x')
except OSError as e:
    print(e.errno == errno.ENOENT, e.args[0] == errno.ENOENT, type(e).__name__)
e = OSError(errno.EIO, 'io fail')
print(e.errno, e.strerror, e, e.args)
print(OSError(errno.ENOENT, 'x').__class__.__name__)
print(isinstance(FileNotFoundError(), OSError))
