// hal.h storage on the qemu-arm board. The board has no drive yet: every
// path is missing and nothing can be written.
#include <stddef.h>
#include "hal.h"

#define ENOENT 2
#define EBADF 9
#define EROFS 30

int hal_file_open(const char *path, int flags) {
    (void)path;
    return (flags & (HAL_O_WRITE | HAL_O_CREATE)) ? -EROFS : -ENOENT;
}
int hal_file_close(int handle) { (void)handle; return -EBADF; }
long hal_file_read(int handle, void *buf, size_t len) { (void)handle; (void)buf; (void)len; return -EBADF; }
long hal_file_write(int handle, const void *buf, size_t len) { (void)handle; (void)buf; (void)len; return -EBADF; }
long hal_file_seek(int handle, long offset, int whence) { (void)handle; (void)offset; (void)whence; return -EBADF; }
int hal_stat(const char *path, HalStat *st) {
    if (path[0] == '/' && path[1] == '\0') {
        st->is_dir = true;
        st->size = 0;
        st->mtime = 0;
        return 0;
    }
    return -ENOENT;
}
int hal_listdir(const char *path, void (*cb)(void *ctx, const char *name), void *ctx) {
    (void)cb;
    (void)ctx;
    return (path[0] == '/' && path[1] == '\0') ? 0 : -ENOENT;
}
int hal_mkdir(const char *path) { (void)path; return -EROFS; }
int hal_rmdir(const char *path) { (void)path; return -EROFS; }
int hal_remove(const char *path) { (void)path; return -EROFS; }
int hal_rename(const char *from, const char *to) { (void)from; (void)to; return -EROFS; }
int hal_getcwd(char *buf, size_t len) {
    if (len < 2) {
        return -34;   // ERANGE
    }
    buf[0] = '/';
    buf[1] = '\0';
    return 0;
}
int hal_chdir(const char *path) { return (path[0] == '/' && path[1] == '\0') ? 0 : -ENOENT; }
