// The HAL on a POSIX host: Ctrl-C through SIGINT, the monotonic clock,
// random bytes. The clock is the simulated board's (sim.c), which may run
// on virtual time. The console is in console.c, files in files.c, the
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
#include "hal_board.h"
#include "sim.h"

static volatile sig_atomic_t interrupted;

static uint64_t host_monotonic_ns(void);

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
    fuzz_deadline_ns = host_monotonic_ns() + 1000000000u;
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
    if (fuzz_mode && (--fuzz_budget <= 0 || host_monotonic_ns() > fuzz_deadline_ns)) {
        interrupted = 1;
    }
    if (interrupted) {
        interrupted = 0;
        return true;
    }
    // The VM polls here every few dozen backward jumps and calls: under
    // virtual time this is what moves the board clock through busy loops.
    sim_poll();
    return false;
}

bool hal_unix_fuzzing(void) { return fuzz_mode; }

bool hal_unix_interrupt_seen(void) { return interrupted != 0; }

// The board clock (sim.c): host time since start-up, or virtual time.
uint64_t hal_monotonic_ns(void) { return sim_now_ns(); }

static uint64_t host_monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void hal_sleep_until_ns(uint64_t deadline_ns) {
    if (fuzz_mode) {
        return;
    }
    if (sim_virtual_time()) {
        // Sleeping takes no host time: the clock jumps (firing the
        // stimulus events on the way).
        if (!interrupted) {
            sim_advance_to(deadline_ns);
        }
        return;
    }
    for (;;) {
        uint64_t now = sim_now_ns();
        if (now >= deadline_ns || interrupted) {
            return;
        }
        // Wake for the next stimulus event too, and at least every 10 ms
        // so timed parts (audio, UART input, the view) keep up.
        uint64_t until = deadline_ns;
        uint64_t next = sim_next_wakeup_ns();
        if (next < until) {
            until = next;
        }
        if (until > now + 10000000u) {
            until = now + 10000000u;
        }
        uint64_t d = until > now ? until - now : 0;
        struct timespec ts = {(time_t)(d / 1000000000u), (long)(d % 1000000000u)};
        nanosleep(&ts, NULL);
    }
}

// Under virtual time the wall clock starts at 2000-01-01 like a board
// without an RTC, so runs repeat exactly.
int64_t hal_time_s(void) {
    if (sim_virtual_time()) {
        return 946684800 + (int64_t)(sim_now_ns() / 1000000000u);
    }
    return (int64_t)time(NULL);
}

void hal_fatal(const char *msg) {
    fflush(stdout);
    fprintf(stderr, "copper: fatal: %s\n", msg);
    exit(70);
}

// Under virtual time random numbers come from a generator seeded with
// the board's uid (splitmix64), so the same program makes the same output.
static bool virtual_random(void *buf, size_t len) {
    static uint64_t state;
    static bool seeded;
    if (!sim_virtual_time()) {
        return false;
    }
    if (!seeded) {
        const HalBoard *b = hal_board();
        state = 0x436f70706572ull;   // "Copper"
        for (uint8_t i = 0; i < b->uid_len; i++) {
            state = (state ^ b->uid[i]) * 0x100000001b3ull;
        }
        seeded = true;
    }
    for (size_t i = 0; i < len; i++) {
        if (i % 8 == 0) {
            state += 0x9e3779b97f4a7c15ull;
        }
        uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        z ^= z >> 31;
        ((unsigned char *)buf)[i] = (unsigned char)(z >> (8 * (i % 8)));
    }
    return true;
}

void hal_random_bytes(void *buf, size_t len) {
    if (virtual_random(buf, len)) {
        return;
    }
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
        ((unsigned char *)buf)[got] = (unsigned char)(host_monotonic_ns() >> (got % 8));
    }
}
