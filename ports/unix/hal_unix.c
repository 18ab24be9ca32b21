// The HAL on a POSIX host: Ctrl-C through SIGINT, the monotonic clock,
// random bytes. The console is in console.c, files in files.c, the
// simulated board in sim*.c.
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
