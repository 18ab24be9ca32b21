// The console on a host: stdin/stdout/stderr (stdout buffered and flushed
// before reads and stderr writes), Ctrl-C through SIGINT (hal_unix.c).
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "hal.h"
#include "hal_unix.h"

void hal_stdout_write(const char *data, size_t len) {
    if (!hal_unix_fuzzing()) {
        fwrite(data, 1, len, stdout);
    }
}

void hal_stderr_write(const char *data, size_t len) {
    if (hal_unix_fuzzing()) {
        return;
    }
    fflush(stdout);
    fwrite(data, 1, len, stderr);
    fflush(stderr);
}

int hal_stdin_read_byte(void) {
    if (hal_unix_fuzzing()) {
        return -1;
    }
    fflush(stdout);
    unsigned char c;
    for (;;) {
        ssize_t n = read(0, &c, 1);
        if (n == 1) {
            return c;
        }
        if (n < 0 && errno == EINTR) {
            if (hal_unix_interrupt_seen()) {
                return -2;
            }
            continue;
        }
        return -1;
    }
}

int hal_stdin_bytes_available(void) {
    if (hal_unix_fuzzing()) {
        return 0;
    }
    struct pollfd pfd = {.fd = 0, .events = POLLIN};
    if (poll(&pfd, 1, 0) <= 0 || !(pfd.revents & (POLLIN | POLLHUP | POLLERR))) {
        return 0;
    }
    int n = 0;
    if (ioctl(0, FIONREAD, &n) < 0 || n <= 0) {
        // Readable with nothing buffered: end of input (or a device that
        // does not count), where a read returns at once.
        return 1;
    }
    return n;
}
