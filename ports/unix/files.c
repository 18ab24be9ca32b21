// The CIRCUITPY filesystem on a host: hal.h's storage calls on the host's
// files (paths relative to the current directory). With a drive
// (files_set_root, `copper --drive DIR`) every path is mapped into DIR, the
// drive is read-only to Python while the host owns it, and writes go to a
// temporary file renamed over the target on close, so a program killed in
// the middle of a write leaves the old or the new content, never half.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "hal.h"
#include "hal_unix.h"
#include "supervisor.h"
#include "workflow.h"

static char root[PATH_MAX];   // the drive's absolute path; "" without a drive
static size_t root_len;

void files_set_root(const char *dir) {
    root_len = 0;
    root[0] = '\0';
    if (dir != NULL && strlen(dir) < sizeof(root)) {
        strcpy(root, dir);
        root_len = strlen(root);
        while (root_len > 1 && root[root_len - 1] == '/') {
            root[--root_len] = '\0';
        }
    }
}

// The current directory as Python sees it ("/" = the drive's root).
static void virtual_cwd(char *out, size_t len) {
    char real[PATH_MAX];
    if (getcwd(real, sizeof(real)) == NULL || strncmp(real, root, root_len) != 0 ||
        (real[root_len] != '\0' && real[root_len] != '/')) {
        snprintf(out, len, "/");
        return;
    }
    snprintf(out, len, "%s", real[root_len] == '\0' ? "/" : real + root_len);
}

// A Python path -> the host path inside the drive; "." and ".." are
// resolved so nothing leaves it. Returns `path` itself without a drive.
static const char *map_path(const char *path, char *out, size_t len) {
    if (root_len == 0) {
        return path;
    }
    char v[PATH_MAX * 2];
    if (path[0] == '/') {
        snprintf(v, sizeof(v), "%s", path);
    } else {
        char cwd[PATH_MAX];
        virtual_cwd(cwd, sizeof(cwd));
        snprintf(v, sizeof(v), "%s/%s", cwd, path);
    }
    // Normalise into `norm` (always starts with '/').
    char norm[PATH_MAX];
    size_t n = 0;
    const char *s = v;
    while (*s != '\0') {
        while (*s == '/') {
            s++;
        }
        const char *start = s;
        while (*s != '\0' && *s != '/') {
            s++;
        }
        size_t seg = (size_t)(s - start);
        if (seg == 0 || (seg == 1 && start[0] == '.')) {
            continue;
        }
        if (seg == 2 && start[0] == '.' && start[1] == '.') {
            while (n > 0 && norm[n - 1] != '/') {
                n--;
            }
            if (n > 0) {
                n--;
            }
            continue;
        }
        if (n + seg + 2 >= sizeof(norm)) {
            break;
        }
        norm[n++] = '/';
        memcpy(norm + n, start, seg);
        n += seg;
    }
    norm[n] = '\0';
    snprintf(out, len, "%s%s", root, norm);
    return out;
}

#define MAP(p) char mapped_##p[PATH_MAX * 2]; p = map_path(p, mapped_##p, sizeof(mapped_##p))

// Python may change the drive: always without one; with one, only after
// storage.remount("/", readonly=False).
static bool may_write(void) { return root_len == 0 || supervisor_python_writable(); }

// --- atomic writes -------------------------------------------------------------------

typedef struct {
    int fd;              // -1: free
    char tmp[PATH_MAX];
    char target[PATH_MAX];
} PendingWrite;

#define MAX_PENDING 16
static PendingWrite pending[MAX_PENDING];
static bool pending_init;

static PendingWrite *pending_slot(int fd) {
    if (!pending_init) {
        for (int i = 0; i < MAX_PENDING; i++) {
            pending[i].fd = -1;
        }
        pending_init = true;
    }
    for (int i = 0; i < MAX_PENDING; i++) {
        if (pending[i].fd == fd) {
            return &pending[i];
        }
    }
    return NULL;
}

static int copy_fd(int from, int to) {
    char buf[8192];
    for (;;) {
        ssize_t n = read(from, buf, sizeof(buf));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return -errno;
        }
        if (n == 0) {
            return 0;
        }
        for (ssize_t off = 0; off < n;) {
            ssize_t w = write(to, buf + off, (size_t)(n - off));
            if (w < 0 && errno == EINTR) {
                continue;
            }
            if (w < 0) {
                return -errno;
            }
            off += w;
        }
    }
}

// Opens `path` (a host path in the drive) for writing through a temporary
// file beside it.
static int open_atomic(const char *path, int flags) {
    struct stat st;
    bool exists = stat(path, &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) {
        return -EISDIR;
    }
    if (exists && (flags & HAL_O_EXCL) && (flags & HAL_O_CREATE)) {
        return -EEXIST;
    }
    if (!exists && !(flags & HAL_O_CREATE)) {
        return -ENOENT;
    }
    PendingWrite *slot = pending_slot(-1);
    if (slot == NULL) {
        return -EMFILE;
    }
    const char *base = strrchr(path, '/');
    size_t dirlen = base != NULL ? (size_t)(base - path) + 1 : 0;
    base = base != NULL ? base + 1 : path;
    static unsigned counter;
    int n = snprintf(slot->tmp, sizeof(slot->tmp), "%.*s.%s.%d.%u" FILES_TMP_SUFFIX, (int)dirlen, path, base,
                     (int)getpid(), counter++);
    if (n < 0 || (size_t)n >= sizeof(slot->tmp)) {
        return -ENAMETOOLONG;
    }
    int fd = open(slot->tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, exists ? (st.st_mode & 07777) : 0666);
    if (fd < 0) {
        return -errno;
    }
    if (exists && !(flags & HAL_O_TRUNC)) {
        int old = open(path, O_RDONLY | O_CLOEXEC);
        int rc = old < 0 ? -errno : copy_fd(old, fd);
        if (old >= 0) {
            close(old);
        }
        if (rc < 0) {
            close(fd);
            unlink(slot->tmp);
            return rc;
        }
        if (!(flags & HAL_O_APPEND)) {
            lseek(fd, 0, SEEK_SET);
        }
    }
    if (flags & HAL_O_APPEND) {
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_APPEND);
    }
    snprintf(slot->target, sizeof(slot->target), "%s", path);
    slot->fd = fd;
    return fd;
}

void files_close_all(void) {
    for (int i = 0; pending_init && i < MAX_PENDING; i++) {
        if (pending[i].fd >= 0) {
            hal_file_close(pending[i].fd);
        }
    }
}

// --- hal.h ----------------------------------------------------------------------------

int hal_file_open(const char *path, int flags) {
    if (hal_unix_fuzzing()) {
        return -EACCES;
    }
    bool writing = (flags & (HAL_O_WRITE | HAL_O_CREATE | HAL_O_TRUNC | HAL_O_APPEND)) != 0;
    if (root_len > 0 && writing) {
        if (!may_write()) {
            return -EROFS;
        }
        MAP(path);
        return open_atomic(path, flags);
    }
    MAP(path);
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

int hal_file_close(int handle) {
    PendingWrite *p = root_len > 0 && handle >= 0 ? pending_slot(handle) : NULL;
    int rc = close(handle) < 0 ? -errno : 0;
    if (p != NULL) {
        p->fd = -1;
        // The new content replaces the old in one step.
        if (rc == 0 && rename(p->tmp, p->target) < 0) {
            rc = -errno;
        }
        if (rc < 0) {
            unlink(p->tmp);
        }
    }
    return rc;
}

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
    MAP(path);
    struct stat s;
    if (stat(path, &s) < 0) {
        return -errno;
    }
    st->is_dir = S_ISDIR(s.st_mode);
    st->size = (uint64_t)s.st_size;
    st->mtime = (int64_t)s.st_mtime;
    return 0;
}

static bool is_tmp_name(const char *name) {
    size_t n = strlen(name), k = sizeof(FILES_TMP_SUFFIX) - 1;
    return n > k && strcmp(name + n - k, FILES_TMP_SUFFIX) == 0;
}

int hal_listdir(const char *path, void (*cb)(void *ctx, const char *name), void *ctx) {
    MAP(path);
    DIR *d = opendir(path);
    if (d == NULL) {
        return -errno;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0 &&
            !(root_len > 0 && is_tmp_name(e->d_name))) {
            cb(ctx, e->d_name);
        }
    }
    closedir(d);
    return 0;
}

int hal_mkdir(const char *path) {
    if (hal_unix_fuzzing()) {
        return -EACCES;
    }
    if (!may_write()) {
        return -EROFS;
    }
    MAP(path);
    return mkdir(path, 0777) < 0 ? -errno : 0;
}

int hal_rmdir(const char *path) {
    if (hal_unix_fuzzing()) {
        return -EACCES;
    }
    if (!may_write()) {
        return -EROFS;
    }
    MAP(path);
    return rmdir(path) < 0 ? -errno : 0;
}

int hal_remove(const char *path) {
    if (hal_unix_fuzzing()) {
        return -EACCES;
    }
    if (!may_write()) {
        return -EROFS;
    }
    MAP(path);
    return unlink(path) < 0 ? -errno : 0;
}

int hal_rename(const char *from, const char *to) {
    if (hal_unix_fuzzing()) {
        return -EACCES;
    }
    if (!may_write()) {
        return -EROFS;
    }
    MAP(from);
    MAP(to);
    return rename(from, to) < 0 ? -errno : 0;
}

int hal_getcwd(char *buf, size_t len) {
    if (root_len > 0) {
        virtual_cwd(buf, len);
        return 0;
    }
    return getcwd(buf, len) == NULL ? -errno : 0;
}

int hal_chdir(const char *path) {
    if (hal_unix_fuzzing()) {
        return -EACCES;
    }
    MAP(path);
    return chdir(path) < 0 ? -errno : 0;
}
