import errno

print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.ETIMEDOUT, errno.ENOSPC)
print(errno.EIO, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.ENODEV, errno.ENOMEM)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[95], errno.errorcode[110])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EOPNOTSUPP == errno.ENOTSUP)
for name in ('EPERM', 'EBADF', 'ENOTEMPTY', 'EROFS', 'EADDRINUSE', 'ECONNRESET', 'EINPROGRESS',
             'ENOBUFS', 'ENOTCONN', 'EHOSTUNREACH', 'ECONNREFUSED', 'ECONNABORTED', 'EALREADY'):
    print(name, getattr(errno, name), errno.errorcode[getattr(errno, name)] == name)
try:
    open('/definitely/not/here')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
