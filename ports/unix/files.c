// The CIRCUITPY filesystem on a host: hal.h's storage calls on the host's
// files (paths relative to the current directory).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "hal.h"
#include "hal_unix.h"

int hal_file_open(const char *path, int flags) {
    if (hal_unix_fuzzing()) {
        return -EACCES;
    }
    int f = 0;
    if ((flags & HAL_O_READ) && (flags & HAL_O_WRITE)) {
        f = O_RDWR;
    } else if (flags & HAL_O_WRITE) {
        f = O_WRONLY;
    } else {
        f = O_RDONLY;
    }
    if (flags & HAL_O_CREATE) {
        f |= O_CREAT;
    }
    if (flags & HAL_O_TRUNC) {
        f |= O_TRUNC;
    }
    if (flags & HAL_O_APPEND) {
        f |= O_APPEND;
    }
    if (flags & HAL_O_EXCL) {
        f |= O_EXCL;
    }
    int fd = open(path, f | O_CLOEXEC, 0666);
    if (fd < 0) {
        return -errno;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

int hal_file_close(int handle) { return close(handle) < 0 ? -errno : 0; }

long hal_file_read(int handle, void *buf, size_t len) {
    ssize_t n;
    do {
        n = read(handle, buf, len);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : (long)n;
}

long hal_file_write(int handle, const void *buf, size_t len) {
    ssize_t n;
    do {
        n = write(handle, buf, len);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : (long)n;
}

long hal_file_seek(int handle, long offset, int whence) {
    off_t r = lseek(handle, offset, whence == 2 ? SEEK_END : whence == 1 ? SEEK_CUR : SEEK_SET);
    return r < 0 ? -errno : (long)r;
}

int hal_stat(const char *path, HalStat *st) {
    struct stat s;
    if (stat(path, &s) < 0) {
        return -errno;
    }
    st->is_dir = S_ISDIR(s.st_mode);
    st->size = (uint64_t)s.st_size;
    st->mtime = (int64_t)s.st_mtime;
    return 0;
}

int hal_listdir(const char *path, void (*cb)(void *ctx, const char *name), void *ctx) {
    DIR *d = opendir(path);
    if (d == NULL) {
        return -errno;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            cb(ctx, e->d_name);
        }
    }
    closedir(d);
    return 0;
}

int hal_mkdir(const char *path) { return hal_unix_fuzzing() ? -EACCES : mkdir(path, 0777) < 0 ? -errno : 0; }
int hal_rmdir(const char *path) { return hal_unix_fuzzing() ? -EACCES : rmdir(path) < 0 ? -errno : 0; }
int hal_remove(const char *path) { return hal_unix_fuzzing() ? -EACCES : unlink(path) < 0 ? -errno : 0; }
int hal_rename(const char *from, const char *to) { return hal_unix_fuzzing() ? -EACCES : rename(from, to) < 0 ? -errno : 0; }

int hal_getcwd(char *buf, size_t len) { return getcwd(buf, len) == NULL ? -errno : 0; }
int hal_chdir(const char *path) { return hal_unix_fuzzing() ? -EACCES : chdir(path) < 0 ? -errno : 0; }
