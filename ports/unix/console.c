// The console on a host (hal.h's hal_stdout_write & co.). Three set-ups:
//
// * stdio (default): stdin/stdout/stderr; stdout buffered and flushed
//   before reads and stderr writes; Ctrl-C is SIGINT (hal_unix.c), and a
//   read interrupted by it returns -2.
// * interactive terminal: console_repl() runs the host prompt. When stdin
//   is a terminal it is put in raw mode (no canonical input, no echo, no
//   output post-processing; ISIG stays on so Ctrl-C still interrupts
//   running code) and the REPL edits lines itself; output is cooked here
//   (LF -> CR LF). The terminal is restored on every way out: return,
//   exit() (atexit), fatal signals, and around Ctrl-Z (SIGTSTP/SIGCONT).
// * file descriptors: console_use_fds(in, out) makes the console a pair of
//   descriptors, e.g. the master side of a pseudo-terminal (--pty) or a
//   terminal the workflow put in raw mode (workflow.c). Ctrl-C is then the
//   byte 0x03, as on a board's serial line. A thread reads `in` into a
//   buffer so that a Ctrl-C arriving while a program runs or sleeps
//   interrupts it at once (SIGINT to the main thread: KeyboardInterrupt);
//   the byte stays in line, so a REPL reading keys sees the keys typed
//   before it first, and then gets it as -2 (hal.h: interrupted). A Ctrl-C
//   a program already took as its KeyboardInterrupt is dropped. Output
//   (stdout and stderr) goes to `out` unbuffered; EIO on `in` (no client on
//   the pty) is waited out; read() returning 0 is the end of input.
//
// console_set_cooked(true) turns every "\n" not already after "\r" into
// "\r\n" on the console, as CircuitPython's serial console does (board
// mode: the workflow calls it).
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "background.h"
#include "copper.h"
#include "displayio.h"
#include "hal.h"
#include "hal_unix.h"
#include "nlr.h"
#include "repl.h"
#include "sim.h"
#include "terminalio.h"

static bool cooked;
static char last_out = '\n', last_err = '\n';   // for "never double an existing CR"

// --- file-descriptor mode -------------------------------------------------------

static bool fd_mode;
static int in_fd = 0, out_fd = 1;
static pthread_t main_thread, reader_thread;
static pthread_mutex_t rx_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t rx_cond = PTHREAD_COND_INITIALIZER;
// Received bytes in order; SIGNALLED_CTRL_C marks a Ctrl-C that arrived
// while a program ran and was already sent as SIGINT.
#define SIGNALLED_CTRL_C 0x103
static uint16_t rx_buf[4096];
static size_t rx_head, rx_tail;      // ring: bytes [tail, head)
static bool rx_eof, main_reading;

#define RX_SIZE (sizeof(rx_buf) / sizeof(rx_buf[0]))

static size_t rx_count(void) { return (rx_head + RX_SIZE - rx_tail) % RX_SIZE; }

static void *reader(void *arg) {
    (void)arg;
    unsigned char buf[256];
    for (;;) {
        ssize_t n = read(in_fd, buf, sizeof(buf));
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
            if (errno == EAGAIN) {
                struct pollfd p = {.fd = in_fd, .events = POLLIN};
                poll(&p, 1, 100);
            }
            continue;
        }
        if (n < 0 && errno == EIO) {
            // A pty master with no client connected: wait for one.
            struct timespec ts = {0, 50 * 1000 * 1000};
            nanosleep(&ts, NULL);
            continue;
        }
        pthread_mutex_lock(&rx_lock);
        if (n <= 0) {
            rx_eof = true;
            pthread_cond_broadcast(&rx_cond);
            pthread_mutex_unlock(&rx_lock);
            return NULL;
        }
        for (ssize_t i = 0; i < n; i++) {
            uint16_t c = buf[i];
            if (c == 0x03 && !main_reading) {
                // A program may be running (or sleeping): interrupt it now.
                // The byte stays in line so that a REPL busy between two
                // reads still sees the keys before it in order.
                pthread_kill(main_thread, SIGINT);
                c = SIGNALLED_CTRL_C;
            }
            size_t next = (rx_head + 1) % RX_SIZE;
            if (next == rx_tail) {
                break;   // full: the rest is lost (as a UART overrun)
            }
            rx_buf[rx_head] = c;
            rx_head = next;
        }
        pthread_cond_broadcast(&rx_cond);
        pthread_mutex_unlock(&rx_lock);
    }
}

void console_use_fds(int in, int out) {
    in_fd = in;
    out_fd = out;
    fflush(stdout);
    if (fd_mode) {
        return;   // the reader thread keeps reading `in_fd`
    }
    fd_mode = true;
    main_thread = pthread_self();
    // The reader gets no signals: SIGINT must reach the main thread.
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_create(&reader_thread, NULL, reader, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

// While the console waits for a key the board goes on: background tasks
// run (a display refreshes, so the REPL's prompt and echo show on it) and
// the clock is read, so --run-for also ends a run that waits for a key.
// An error a task raises here has no program to go to and is dropped.
static void waiting_for_key(void) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        background_run_due();
        nlr_pop();
    }
#if COPPER_MODULE_BUSDISPLAY
    disp_refresh_pending();
#endif
    (void)hal_monotonic_ns();
}

static int fd_read_byte(void) {
    pthread_mutex_lock(&rx_lock);
    main_reading = true;
    int c = -1;
    for (;;) {
        if (rx_head != rx_tail) {
            c = rx_buf[rx_tail];
            rx_tail = (rx_tail + 1) % RX_SIZE;
            if (c == SIGNALLED_CTRL_C) {
                if (!hal_unix_interrupt_seen()) {
                    continue;   // the program it interrupted consumed it
                }
                c = -2;   // still pending: report it here, in order
            }
            break;
        }
        if (hal_unix_interrupt_seen()) {
            c = -2;   // a SIGINT from outside
            break;
        }
        if (rx_eof) {
            break;
        }
        pthread_mutex_unlock(&rx_lock);
        waiting_for_key();
        pthread_mutex_lock(&rx_lock);
        if (rx_head != rx_tail || rx_eof) {
            continue;
        }
        // Wake up now and then to notice a SIGINT from outside.
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 50 * 1000 * 1000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&rx_cond, &rx_lock, &ts);
    }
    main_reading = false;
    pthread_mutex_unlock(&rx_lock);
    if (c == 0x03) {
        raise(SIGINT);   // hal.h: -2, and hal_interrupt_pending() reports it
        c = -2;
    }
    return c;
}

static void fd_write(const char *data, size_t len) {
    struct pollfd h = {.fd = out_fd, .events = 0};
    if (poll(&h, 1, 0) > 0 && (h.revents & POLLHUP)) {
        return;   // no client on the pty: output goes nowhere, as on an unplugged USB serial port
    }
    while (len > 0) {
        ssize_t n = write(out_fd, data, len);
        if (n > 0) {
            data += n;
            len -= (size_t)n;
        } else if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
            // Nobody reading (a pty without a client): wait a while, then
            // drop the output rather than hang the board.
            struct pollfd p = {.fd = out_fd, .events = POLLOUT};
            if (errno == EAGAIN && (poll(&p, 1, 1000) <= 0 || (p.revents & POLLHUP))) {
                return;   // (POLLHUP: no client at all)
            }
        } else {
            return;
        }
    }
}

// --- the terminal in raw mode -------------------------------------------------------

static bool raw_active;
static struct termios saved_tio, raw_tio;

static void term_restore(void) {
    if (raw_active) {
        tcsetattr(0, TCSAFLUSH, &saved_tio);
    }
}

static void term_reapply(void) {
    if (raw_active) {
        tcsetattr(0, TCSAFLUSH, &raw_tio);
    }
}

static void on_fatal_signal(int sig) {
    term_restore();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void on_tstp(int sig) {
    (void)sig;
    term_restore();
    signal(SIGTSTP, SIG_DFL);
    raise(SIGTSTP);
}

static void on_cont(int sig) {
    (void)sig;
    signal(SIGTSTP, on_tstp);
    term_reapply();
}

static bool term_enter_raw(void) {
    if (tcgetattr(0, &saved_tio) != 0) {
        return false;
    }
    raw_tio = saved_tio;
    raw_tio.c_iflag &= ~(tcflag_t)(ICRNL | INLCR | IGNCR | IXON | ISTRIP | BRKINT | PARMRK);
    raw_tio.c_oflag &= ~(tcflag_t)OPOST;
    raw_tio.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ECHONL | IEXTEN);
    raw_tio.c_lflag |= ISIG;
    raw_tio.c_cflag |= CS8;
    raw_tio.c_cc[VMIN] = 1;
    raw_tio.c_cc[VTIME] = 0;
    if (tcsetattr(0, TCSAFLUSH, &raw_tio) != 0) {
        return false;
    }
    raw_active = true;
    static bool handlers;
    if (!handlers) {
        handlers = true;
        atexit(term_restore);
        static const int fatal[] = {SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGPIPE};
        for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
            struct sigaction sa, old;
            memset(&sa, 0, sizeof(sa));
            sa.sa_handler = on_fatal_signal;
            sigemptyset(&sa.sa_mask);
            // Leave handlers someone else installed (the sanitizers') alone.
            if (sigaction(fatal[i], NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
                sigaction(fatal[i], &sa, NULL);
            }
        }
        signal(SIGTSTP, on_tstp);
        signal(SIGCONT, on_cont);
    }
    return true;
}

int console_repl(void) {
    bool tty = !fd_mode && isatty(0);
    if (tty && term_enter_raw()) {
        // The REPL's prompts and the raw REPL's "OK" must go out at once.
        fflush(stdout);
        setvbuf(stdout, NULL, _IONBF, 0);
        cooked = true;
        repl_set_line_editing(true);
    }
    int status = copper_repl();
    fflush(stdout);
    term_restore();
    raw_active = false;
    return status;
}

void console_set_cooked(bool on) { cooked = on; }

// --- hal.h ---------------------------------------------------------------------------

// Writes with LF -> CR LF; `last` tracks the stream's last byte. One sink
// call per chunk: on an unbuffered stream each is a write.
static void emit_cooked(void (*sink)(const char *, size_t), const char *data, size_t len, char *last) {
    char tmp[512];
    size_t n = 0;
    char prev = *last;
    for (size_t i = 0; i < len; i++) {
        if (n + 2 > sizeof(tmp)) {
            sink(tmp, n);
            n = 0;
        }
        if (data[i] == '\n' && prev != '\r') {
            tmp[n++] = '\r';
        }
        tmp[n++] = prev = data[i];
    }
    sink(tmp, n);
    *last = prev;
}

// Writes, cooked when the console is (see emit_cooked).
static void emit(void (*sink)(const char *, size_t), const char *data, size_t len, char *last) {
    if (len == 0) {
        return;
    }
    if (cooked) {
        emit_cooked(sink, data, len, last);
    } else {
        sink(data, len);
        *last = data[len - 1];
    }
}

#if COPPER_MODULE_TERMINALIO
// A board's display shows the console too, cooked as CircuitPython's
// supervisor feeds it.
static char last_display;
static void sink_display(const char *d, size_t n) { terminalio_console_write(d, n); }
#endif

static void sink_stdout(const char *d, size_t n) { fwrite(d, 1, n, stdout); }
static void sink_stderr(const char *d, size_t n) { fwrite(d, 1, n, stderr); }

void hal_stdout_write(const char *data, size_t len) {
    if (hal_unix_fuzzing()) {
        return;
    }
    sim_view_before_output();
    if (fd_mode) {
        emit(fd_write, data, len, &last_out);
    } else {
        emit(sink_stdout, data, len, &last_out);
    }
    sim_view_after_output(data, len);
#if COPPER_MODULE_TERMINALIO
    emit_cooked(sink_display, data, len, &last_display);
#endif
}

void hal_stderr_write(const char *data, size_t len) {
    if (hal_unix_fuzzing()) {
        return;
    }
    sim_view_before_output();
    if (fd_mode) {
        emit(fd_write, data, len, &last_out);   // one console on a board
    } else {
        fflush(stdout);
        emit(sink_stderr, data, len, raw_active && isatty(2) ? &last_out : &last_err);
        fflush(stderr);
    }
    sim_view_after_output(data, len);
#if COPPER_MODULE_TERMINALIO
    emit_cooked(sink_display, data, len, &last_display);
#endif
}

// A status-bar title goes to the serial console and the display each on
// its own (supervisor.status_bar); it holds no newline to cook.
void console_write_status_bar(const char *data, size_t len, bool serial, bool display) {
    if (hal_unix_fuzzing()) {
        return;
    }
    if (serial) {
        sim_view_before_output();
        emit(fd_mode ? fd_write : sink_stdout, data, len, &last_out);
        sim_view_after_output(data, len);
    }
#if COPPER_MODULE_TERMINALIO
    if (display) {
        emit_cooked(sink_display, data, len, &last_display);
    }
#else
    (void)display;
#endif
}

int hal_stdin_read_byte(void) {
    if (hal_unix_fuzzing()) {
        return -1;
    }
    if (fd_mode) {
        return fd_read_byte();
    }
    fflush(stdout);
    if (hal_stdin_bytes_available() == 0) {
        waiting_for_key();
    }
    unsigned char c;
    for (;;) {
        if (hal_unix_interrupt_seen()) {
            return -2;
        }
        ssize_t n = read(0, &c, 1);
        if (n == 1) {
            return c;
        }
        if (n < 0 && errno == EINTR) {
            continue;   // the check above reports a Ctrl-C
        }
        return -1;
    }
}

int hal_stdin_bytes_available(void) {
    if (hal_unix_fuzzing()) {
        return 0;
    }
    if (fd_mode) {
        pthread_mutex_lock(&rx_lock);
        // A Ctrl-C the interrupted program already took is not a byte to read.
        while (rx_head != rx_tail && rx_buf[rx_tail] == SIGNALLED_CTRL_C && !hal_unix_interrupt_seen()) {
            rx_tail = (rx_tail + 1) % RX_SIZE;
        }
        int n = (int)rx_count();
        if (n == 0 && rx_eof) {
            n = 1;
        }
        pthread_mutex_unlock(&rx_lock);
        return n;
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
