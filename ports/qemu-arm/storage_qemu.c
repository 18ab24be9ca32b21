// hal.h storage on the qemu-arm board: the CIRCUITPY drive is a FAT image
// QEMU loads into the PSRAM at start-up (`-device loader`, see port.mk's
// qemu-drive), read and written in place by fat.c. Paths are resolved here
// against the current directory ("." and ".." included) before fat.c sees
// them. Without an image the memory reads as zeros and every path is
// missing; an image that is not FAT12/16/32 gives EIO. What Python writes is
// lost when QEMU exits (the region is RAM).
#include <stddef.h>
#include <string.h>
#include "fat.h"
#include "gc.h"
#include "hal.h"
#include "qemu_board.h"
#include "supervisor.h"

#define ENOMEM 12
#define ENAMETOOLONG 36
#define EROFS 30
#define ERANGE 34
#define PATH_BYTES 256

static FatVol vol;
static int mount_rc = 1;   // 1: not tried yet
static char cwd[PATH_BYTES];   // "" stands for "/"

static int64_t now_s(void) { return hal_time_s(); }

// 0 when the drive is there, else why not.
static int drive(void) {
    if (mount_rc == 1) {
        mount_rc = fat_mount(&vol, (uint8_t *)QEMU_DRIVE_ADDR, QEMU_DRIVE_MAX);
        vol.now = now_s;
    }
    return mount_rc;
}

// `path` made absolute and normal ("/", "/a/b") in *out, a GC block that
// the caller's frame keeps for the call: two static buffers of PATH_BYTES
// would hold 512 bytes of RAM for good. The result is never longer than
// cwd, a '/' and `path`, so that many bytes and the NUL hold it.
static int resolve(const char *path, char **out_path) {
    size_t most = strlen(cwd) + strlen(path) + 2;
    size_t cap = most < PATH_BYTES ? most : PATH_BYTES;
    char *out = gc_alloc_noraise(cap, true);
    if (out == NULL) {
        return -ENOMEM;
    }
    *out_path = out;
    size_t n = 0;
    for (int part = path[0] == '/' ? 1 : 0; part < 2; part++) {
        const char *s = part == 0 ? cwd : path;
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
                while (n > 0 && out[n - 1] != '/') {
                    n--;
                }
                if (n > 0) {
                    n--;
                }
                continue;
            }
            if (n + seg + 2 > cap) {
                return -ENAMETOOLONG;
            }
            out[n++] = '/';
            memcpy(out + n, start, seg);
            n += seg;
        }
    }
    if (path[0] == '\0') {
        return -FAT_ENOENT;
    }
    if (n == 0) {
        out[n++] = '/';
    }
    out[n] = '\0';
    return 0;
}

// Resolves a path for a call that reads.
static int prepare(const char *path, char **out) {
    int rc = drive();
    return rc < 0 ? rc : resolve(path, out);
}

// The same for a call that changes the drive: storage.remount decides.
static int prepare_write(const char *path, char **out) {
    int rc = prepare(path, out);
    if (rc == 0 && !supervisor_python_writable()) {
        rc = -EROFS;
    }
    return rc;
}

int hal_file_open(const char *path, int flags) {
    char *full;
    bool writing = (flags & (HAL_O_WRITE | HAL_O_CREATE | HAL_O_TRUNC | HAL_O_APPEND)) != 0;
    int rc = writing ? prepare_write(path, &full) : prepare(path, &full);
    return rc < 0 ? rc : fat_open(&vol, full, flags);
}

int hal_file_close(int handle) { return drive() < 0 ? -FAT_EBADF : fat_close(&vol, handle); }

long hal_file_read(int handle, void *buf, size_t len) {
    return drive() < 0 ? -FAT_EBADF : fat_read(&vol, handle, buf, len);
}

long hal_file_write(int handle, const void *buf, size_t len) {
    return drive() < 0 ? -FAT_EBADF : fat_write(&vol, handle, buf, len);
}

long hal_file_seek(int handle, long offset, int whence) {
    return drive() < 0 ? -FAT_EBADF : fat_seek(&vol, handle, offset, whence);
}

int hal_stat(const char *path, HalStat *st) {
    char *full;
    int rc = prepare(path, &full);
    FatStat fs;
    if (rc == 0) {
        rc = fat_stat(&vol, full, &fs);
    }
    if (rc == 0) {
        st->is_dir = fs.is_dir;
        st->size = fs.size;
        st->mtime = fs.mtime;
    }
    return rc;
}

int hal_listdir(const char *path, void (*cb)(void *ctx, const char *name), void *ctx) {
    char *full;
    int rc = prepare(path, &full);
    return rc < 0 ? rc : fat_listdir(&vol, full, cb, ctx);
}

int hal_mkdir(const char *path) {
    char *full;
    int rc = prepare_write(path, &full);
    return rc < 0 ? rc : fat_mkdir(&vol, full);
}

int hal_rmdir(const char *path) {
    char *full;
    int rc = prepare_write(path, &full);
    return rc < 0 ? rc : fat_rmdir(&vol, full);
}

int hal_remove(const char *path) {
    char *full;
    int rc = prepare_write(path, &full);
    return rc < 0 ? rc : fat_remove(&vol, full);
}

int hal_rename(const char *from, const char *to) {
    char *full, *full_to;
    int rc = prepare_write(from, &full);
    if (rc == 0) {
        rc = resolve(to, &full_to);
    }
    return rc < 0 ? rc : fat_rename(&vol, full, full_to);
}

int hal_getcwd(char *buf, size_t len) {
    const char *c = cwd[0] != '\0' ? cwd : "/";
    size_t n = strlen(c);
    if (n + 1 > len) {
        return -ERANGE;
    }
    memcpy(buf, c, n + 1);
    return 0;
}

int hal_chdir(const char *path) {
    char *full;
    int rc = prepare(path, &full);
    FatStat st;
    if (rc == 0) {
        rc = fat_stat(&vol, full, &st);
    }
    if (rc == 0 && !st.is_dir) {
        rc = -FAT_ENOTDIR;
    }
    if (rc == 0) {
        strcpy(cwd, full);
    }
    return rc;
}

// Free space on the drive (for a statvfs when hal.h gets one).
int qemu_drive_space(uint32_t *free_blocks, uint32_t *total_blocks, uint32_t *block_bytes) {
    int rc = drive();
    return rc < 0 ? rc : fat_space(&vol, free_blocks, total_blocks, block_bytes);
}
