// The HAL on a POSIX host: Ctrl-C through SIGINT, the monotonic clock,
// files through the host filesystem, random bytes. The console is in
// console.c, the simulated board in sim*.c.
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "hal.h"
#include "hal_unix.h"

static volatile sig_atomic_t interrupted;

// Fuzzing mode (hal_unix_fuzz_mode): no console, no files, and a budget of
// interrupt checks after which the program gets a KeyboardInterrupt, so an
// endless loop in generated input ends instead of hanging the fuzzer.
static bool fuzz_mode;
static long fuzz_budget;
static uint64_t fuzz_deadline_ns;


void hal_unix_fuzz_mode(long budget) {
    fuzz_mode = true;
    fuzz_budget = budget;
    // Slow but finite inputs (quadratic string building under the
    // sanitizers) also end: one second of run time per input at most.
    fuzz_deadline_ns = hal_monotonic_ns() + 1000000000u;
    interrupted = 0;
}

static void on_sigint(int sig) {
    (void)sig;
    interrupted = 1;
}

void hal_unix_init(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;   // no SA_RESTART: a blocking read returns EINTR
    sigaction(SIGINT, &sa, NULL);
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, isatty(1) ? _IOLBF : _IOFBF, sizeof(outbuf));
}

bool hal_interrupt_pending(void) {
    if (fuzz_mode && (--fuzz_budget <= 0 || hal_monotonic_ns() > fuzz_deadline_ns)) {
        interrupted = 1;
    }
    if (interrupted) {
        interrupted = 0;
        return true;
    }
    return false;
}

bool hal_unix_fuzzing(void) { return fuzz_mode; }

bool hal_unix_interrupt_seen(void) { return interrupted != 0; }

uint64_t hal_monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void hal_sleep_until_ns(uint64_t deadline_ns) {
    if (fuzz_mode) {
        return;
    }
    for (;;) {
        uint64_t now = hal_monotonic_ns();
        if (now >= deadline_ns || interrupted) {
            return;
        }
        uint64_t d = deadline_ns - now;
        struct timespec ts = {(time_t)(d / 1000000000u), (long)(d % 1000000000u)};
        nanosleep(&ts, NULL);
    }
}

int64_t hal_time_s(void) { return (int64_t)time(NULL); }

int hal_file_open(const char *path, int flags) {
    if (fuzz_mode) {
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

int hal_mkdir(const char *path) { return fuzz_mode ? -EACCES : mkdir(path, 0777) < 0 ? -errno : 0; }
int hal_rmdir(const char *path) { return fuzz_mode ? -EACCES : rmdir(path) < 0 ? -errno : 0; }
int hal_remove(const char *path) { return fuzz_mode ? -EACCES : unlink(path) < 0 ? -errno : 0; }
int hal_rename(const char *from, const char *to) { return fuzz_mode ? -EACCES : rename(from, to) < 0 ? -errno : 0; }

int hal_getcwd(char *buf, size_t len) { return getcwd(buf, len) == NULL ? -errno : 0; }
int hal_chdir(const char *path) { return fuzz_mode ? -EACCES : chdir(path) < 0 ? -errno : 0; }

void hal_fatal(const char *msg) {
    fflush(stdout);
    fprintf(stderr, "copper: fatal: %s\n", msg);
    exit(70);
}

void hal_random_bytes(void *buf, size_t len) {
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    size_t got = 0;
    if (fd >= 0) {
        while (got < len) {
            ssize_t n = read(fd, (char *)buf + got, len - got);
            if (n <= 0) {
                break;
            }
            got += (size_t)n;
        }
        close(fd);
    }
    for (; got < len; got++) {
        ((unsigned char *)buf)[got] = (unsigned char)(hal_monotonic_ns() >> (got % 8));
    }
}
