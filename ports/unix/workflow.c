// The CircuitPython workflow on the host: --drive DIR as the CIRCUITPY
// drive, --pty for a serial device, auto-reload on file changes.
//
// The process splits in two. The parent owns what outlives a board reset
// (the terminal's settings, the pty, the drive watch) and restarts the
// child: after microcontroller.reset() (exit code RESET_EXIT + the safe-mode
// reason to use) and after a hard crash (SIGSEGV, SIGBUS, SIGILL, SIGFPE,
// abort), which brings the board up in safe mode as CircuitPython's
// HardFault handler does. The child runs core/supervisor.c's state machine.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "config.h"
#include "copper.h"
#include "displayio.h"
#include "hal.h"
#include "hal_board.h"
#include "hal_unix.h"
#include "options.h"
#include "pins.h"
#include "repl.h"
#include "settings.h"
#include "sim.h"
#include "supervisor.h"
#include "terminalio.h"
#include "workflow.h"

const char workflow_usage[] = "       copper --board ID --drive DIR [--pty]\n";

#define RESET_EXIT 200   // child exit status RESET_EXIT + reason: reset the board

static const char *drive_opt;
static bool pty_opt;

bool workflow_parse_option(int argc, char **argv, int *i) {
    const char *a = argv[*i];
    if (strcmp(a, "--drive") == 0) {
        if (*i + 1 >= argc) {
            fprintf(stderr, "copper: --drive needs a directory\n");
            exit(2);
        }
        drive_opt = argv[++*i];
        sim_options.no_view = true;      // the console is the board's serial line, not a status view
        sim_options.board_given = true;  // a CIRCUITPY drive means a board (the default one without --board)
        return true;
    }
    if (strcmp(a, "--pty") == 0) {
        pty_opt = true;
        return true;
    }
    return false;
}

bool workflow_requested(void) { return drive_opt != NULL; }

static char drive[PATH_MAX];
static int pty_master = -1;
static int watch_fd = -1;
static struct termios saved_termios;
static bool termios_saved;
static pid_t child_pid;
static char marker_path[PATH_MAX + 64];

// --- the drive ------------------------------------------------------------------------

static void write_file(const char *name, const char *text) {
    char p[PATH_MAX + 64];
    snprintf(p, sizeof(p), "%s/%s", drive, name);
    FILE *f = fopen(p, "wb");
    if (f != NULL) {
        fputs(text, f);
        fclose(f);
    }
}

// A new or empty drive gets what a freshly formatted CIRCUITPY has.
static bool prepare_drive(void) {
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof(tmp), "%s", drive_opt);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            mkdir(tmp, 0777);
            *p = '/';
        }
    }
    mkdir(tmp, 0777);
    if (realpath(drive_opt, drive) == NULL) {
        return false;
    }
    DIR *d = opendir(drive);
    if (d == NULL) {
        return false;
    }
    bool empty = true;
    struct dirent *e;
    size_t k = strlen(FILES_TMP_SUFFIX);
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n > k && strcmp(e->d_name + n - k, FILES_TMP_SUFFIX) == 0) {
            char p[PATH_MAX + 300];
            snprintf(p, sizeof(p), "%s/%s", drive, e->d_name);
            unlink(p);   // left by a program killed in the middle of a write
            continue;
        }
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            empty = false;
        }
    }
    closedir(d);
    if (empty) {
        write_file("code.py", "print(\"Hello World!\")\n");
        char lib[PATH_MAX + 8];
        snprintf(lib, sizeof(lib), "%s/lib", drive);
        mkdir(lib, 0777);
    }
    return true;
}

// --- the drive watch (inotify, every directory) -----------------------------------------

static void watch_tree(const char *dir) {
    if (inotify_add_watch(watch_fd, dir,
                          IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                              IN_ATTRIB | IN_DELETE_SELF) < 0) {
        return;
    }
    DIR *d = opendir(dir);
    if (d == NULL) {
        return;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' && (e->d_name[1] == '\0' || (e->d_name[1] == '.' && e->d_name[2] == '\0'))) {
            continue;
        }
        char p[PATH_MAX + 300];
        snprintf(p, sizeof(p), "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
            watch_tree(p);
        }
    }
    closedir(d);
}

static bool is_tmp(const char *name) {
    size_t n = strlen(name), k = strlen(FILES_TMP_SUFFIX);
    return n > k && strcmp(name + n - k, FILES_TMP_SUFFIX) == 0;
}

static bool drive_changed(void) {
    if (watch_fd < 0) {
        return false;
    }
    bool changed = false;
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    for (;;) {
        ssize_t n = read(watch_fd, buf, sizeof(buf));
        if (n <= 0) {
            break;
        }
        for (char *p = buf; p < buf + n;) {
            struct inotify_event *ev = (struct inotify_event *)p;
            p += sizeof(*ev) + ev->len;
            if (ev->mask & IN_Q_OVERFLOW) {
                changed = true;
                continue;
            }
            if (ev->len > 0 && is_tmp(ev->name)) {
                continue;   // our own atomic writes
            }
            if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO))) {
                watch_tree(drive);   // a new directory: watch it too (re-adding is harmless)
            }
            changed = true;
        }
    }
    return changed;
}

// --- the console --------------------------------------------------------------------------

// With --pty the console is the pty (stdin, stdout and stderr of the
// child); a terminal is attached while some program holds the other end.
static bool serial_connected(void) {
    if (pty_master < 0) {
        return true;
    }
    struct pollfd p = {.fd = pty_master, .events = 0};
    return !(poll(&p, 1, 0) > 0 && (p.revents & POLLHUP));
}

static bool console_reconnect(void) {
    if (pty_master < 0) {
        return false;
    }
    while (!serial_connected()) {
        struct timespec ts = {0, 20000000};
        nanosleep(&ts, NULL);
    }
    return true;
}

// Console bytes arrive through console.c's reader thread, so they are
// checked every few milliseconds; drive changes wake the poll at once.
static void idle_until(uint64_t deadline_ns) {
#if COPPER_MODULE_BUSDISPLAY
    disp_refresh_pending();   // "Press any key ..." reaches the board's display
#endif
    for (;;) {
        if ((serial_connected() && hal_stdin_bytes_available() > 0) || hal_unix_interrupt_seen()) {
            return;
        }
        uint64_t now = hal_monotonic_ns();
        if (now >= deadline_ns) {
            return;
        }
        uint64_t left_ms = (deadline_ns - now + 999999) / 1000000;
        struct pollfd p = {.fd = watch_fd, .events = POLLIN};
        if (poll(&p, 1, left_ms > 5 ? 5 : (int)left_ms) > 0 && (p.revents & POLLIN)) {
            return;
        }
    }
}

// --- the supervisor's hooks (in the child) ------------------------------------------------------

// --- usb_cdc.data: a second pty, opened once boot.py enabled it ------------------------------

static int data_master = -1;

static int open_raw_pty(void) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 || grantpt(fd) < 0 || unlockpt(fd) < 0) {
        if (fd >= 0) {
            close(fd);
        }
        return -1;
    }
    struct termios t;
    if (tcgetattr(fd, &t) == 0) {
        cfmakeraw(&t);
        tcsetattr(fd, TCSANOW, &t);
    }
    return fd;
}

static bool pty_has_client(int fd) {
    struct pollfd p = {.fd = fd, .events = 0};
    return !(poll(&p, 1, 0) > 0 && (p.revents & POLLHUP));
}

static void ensure_data_pty(void) {
    if (data_master >= 0 || !supervisor_cdc_data_enabled()) {
        return;
    }
    data_master = open_raw_pty();
    if (data_master >= 0) {
        int slave = open(ptsname(data_master), O_RDWR | O_NOCTTY);   // see the console's pty
        if (slave >= 0) {
            close(slave);
        }
        // The console's path is the first line (with --pty); this is the data channel's.
        fprintf(stderr, "%s\n", ptsname(data_master));
        fflush(stderr);
    }
}

static size_t data_available(void) {
    int n = 0;
    if (data_master < 0 || !pty_has_client(data_master) || ioctl(data_master, FIONREAD, &n) < 0 || n < 0) {
        return 0;
    }
    return (size_t)n;
}

static size_t data_read(uint8_t *buf, size_t len) {
    ssize_t n = data_master < 0 ? -1 : read(data_master, buf, len);
    return n > 0 ? (size_t)n : 0;
}

static void data_write(const uint8_t *buf, size_t len) {
    // Like a USB CDC without a host: what cannot be sent is dropped.
    while (data_master >= 0 && len > 0 && pty_has_client(data_master)) {
        ssize_t n = write(data_master, buf, len);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) {
                continue;
            }
            return;
        }
        buf += n;
        len -= (size_t)n;
    }
}

static bool data_connected(void) { return data_master >= 0 && pty_has_client(data_master); }

// Each VM (boot.py, code.py, the REPL) starts with board.DISPLAY built,
// showing the console, as a board keeps its display across reloads: the
// display lives in the heap a new VM clears, so it is built again, and the
// console's text is carried over.
static void new_vm(void) {
#if COPPER_MODULE_TERMINALIO
    terminalio_console_keep();
#endif
#if COPPER_MODULE_BUSDISPLAY
    disp_release_displays();
    pins_reset();
#endif
    copper_reinit();
    ensure_data_pty();
#if COPPER_MODULE_BUSDISPLAY
    disp_start_board_display();
#endif
}

static void reset_board(void) {
    files_close_all();
#if COPPER_MODULE_BUSDISPLAY
    disp_refresh_pending();   // the last lines (a traceback, "Code done running.") reach the screen
#endif
    pins_reset();
}

static _Noreturn void hard_reset(SafeModeReason reason) {
    fflush(stdout);
    fflush(stderr);
    _exit(RESET_EXIT + (int)reason);
}

static char version[200];

static int child_main(SafeModeReason reason) {
    // The console is the board's serial line: raw bytes both ways, CR LF
    // made by console_set_cooked, Ctrl-C a byte that interrupts the program.
    if (pty_master >= 0) {
        console_use_fds(pty_master, pty_master);
    } else {
        if (termios_saved) {
            struct termios t = saved_termios;
            cfmakeraw(&t);
            tcsetattr(0, TCSANOW, &t);
        }
        console_use_fds(0, 1);
    }
    console_set_cooked(true);
    if (chdir(drive) < 0) {
        return 1;
    }
    const HalBoard *b = hal_board();
    snprintf(version, sizeof(version), "Copper %s on %s; %s with %s", COPPER_VERSION, repl_build_date(), b->name,
             b->mcu);
    static SupervisorPort port;
    port.new_vm = new_vm;
    port.reset_board = reset_board;
    port.drive_changed = drive_changed;
    port.idle_until = idle_until;
    port.serial_connected = serial_connected;
    port.console_reconnect = console_reconnect;
    port.hard_reset = hard_reset;
    port.uid = b->uid;
    port.uid_len = b->uid_len;
    port.board_id = b->id;
    port.version = version;
    port.write_status_bar = console_write_status_bar;
    port.settings_toml = strncmp(b->mcu, "samd21", 6) != 0;
    port.small_build = strcmp(b->id, "trinket_m0") == 0;
    port.data_available = data_available;
    port.data_read = data_read;
    port.data_write = data_write;
    port.data_connected = data_connected;
    return supervisor_main(&port, reason);
}

// --- the parent -----------------------------------------------------------------------------------

static void restore_terminal(void) {
    if (termios_saved) {
        tcsetattr(0, TCSANOW, &saved_termios);
    }
}

static void on_signal(int sig) {
    if (child_pid > 0) {
        kill(child_pid, SIGKILL);
    }
    restore_terminal();
    unlink(marker_path);
    _exit(128 + sig);
}

static int64_t wall_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

// CIRCUITPY_SAFE_MODE_DELAY from settings.toml (default 1 s).
static int64_t safe_mode_window_ms(void) {
    if (strncmp(hal_board()->mcu, "samd21", 6) == 0) {
        return 1000;
    }
    Value v;
    bool quoted;
    if (settings_lookup("/settings.toml", "CIRCUITPY_SAFE_MODE_DELAY", &v, &quoted) == SETTINGS_OK && !quoted) {
        char *end;
        double d = strtod(str_cstr(v), &end);
        if (*end == '\0' && d >= 0 && d < 1e6) {
            return (int64_t)(d * 1000);
        }
    }
    return 1000;
}

// A start-up that happens while the previous one was still inside its
// safe-mode window (a reset during boot) comes up in safe mode (USER), as
// pressing reset during CircuitPython's start-up blink does.
static bool started_in_window(int64_t window_ms) {
    bool in_window = false;
    FILE *f = fopen(marker_path, "r");
    if (f != NULL) {
        long long t;
        if (fscanf(f, "%lld", &t) == 1 && wall_ms() - t >= 0 && wall_ms() - t < window_ms) {
            in_window = true;
        }
        fclose(f);
    }
    f = fopen(marker_path, "w");
    if (f != NULL) {
        fprintf(f, "%lld\n", (long long)wall_ms());
        fclose(f);
    }
    return in_window;
}

static bool crash_reason(SafeModeReason r) {
    return r == SAFE_MODE_HARD_FAULT || r == SAFE_MODE_MANUAL || r == SAFE_MODE_NO_HEAP;
}

int workflow_run(void) {
    if (!prepare_drive()) {
        fprintf(stderr, "copper: cannot use '%s' as the CIRCUITPY drive: %s\n", drive_opt, strerror(errno));
        return 2;
    }
    files_set_root(drive);
    if (chdir(drive) < 0) {
        return 2;
    }
    unsigned long h = 5381;
    for (const char *c = drive; *c; c++) {
        h = h * 33 + (unsigned char)*c;
    }
    const char *tmpdir = getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp";
    snprintf(marker_path, sizeof(marker_path), "%s/copper-boot-%lx", tmpdir, h);
    if (isatty(0) && tcgetattr(0, &saved_termios) == 0) {
        termios_saved = true;
    }
    if (pty_opt) {
        // Non-blocking: with no client the output is dropped, not waited on.
        pty_master = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (pty_master < 0 || grantpt(pty_master) < 0 || unlockpt(pty_master) < 0) {
            fprintf(stderr, "copper: cannot open a pty: %s\n", strerror(errno));
            return 2;
        }
        // Raw on the device side too: bytes pass as the program writes them.
        struct termios t;
        if (tcgetattr(pty_master, &t) == 0) {
            cfmakeraw(&t);
            tcsetattr(pty_master, TCSANOW, &t);
        }
        // Open and close the device side once: from then on the master
        // reports POLLHUP whenever no client holds it (never opened, it
        // would not), which is how "no terminal attached" is seen.
        int slave = open(ptsname(pty_master), O_RDWR | O_NOCTTY);
        if (slave >= 0) {
            close(slave);
        }
        fprintf(stderr, "%s\n", ptsname(pty_master));
        fflush(stderr);
    }
    watch_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (watch_fd >= 0) {
        watch_tree(drive);
    }
    int64_t window = safe_mode_window_ms();
    SafeModeReason reason = started_in_window(window) ? SAFE_MODE_USER : SAFE_MODE_NONE;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    struct sigaction child_int;   // hal_unix.c's Ctrl-C handler, for the child
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGINT, &sa, &child_int);
    pid_t parent = getpid();
    for (;;) {
        int64_t started = wall_ms();
        fflush(NULL);
        child_pid = fork();
        if (child_pid < 0) {
            return 2;
        }
        if (child_pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != parent) {
                _exit(1);
            }
            signal(SIGTERM, SIG_DFL);
            signal(SIGHUP, SIG_DFL);
            sigaction(SIGINT, &child_int, NULL);
            return child_main(reason);
        }
        int status;
        while (waitpid(child_pid, &status, 0) < 0 && errno == EINTR) {
        }
        child_pid = 0;
        if (WIFEXITED(status) && WEXITSTATUS(status) >= RESET_EXIT &&
            WEXITSTATUS(status) < RESET_EXIT + SAFE_MODE_COUNT) {
            reason = (SafeModeReason)(WEXITSTATUS(status) - RESET_EXIT);
            if (reason == SAFE_MODE_NONE && wall_ms() - started < window) {
                reason = SAFE_MODE_USER;
            }
            started_in_window(0);
            continue;
        }
        if (WIFSIGNALED(status)) {
            int sig = WTERMSIG(status);
            if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGABRT) {
                if (crash_reason(reason)) {
                    // A second crash while in a crash safe mode: CircuitPython hangs.
                    fprintf(stderr, "copper: crashed again in safe mode (signal %d)\n", sig);
                    restore_terminal();
                    unlink(marker_path);
                    _exit(70);
                }
                reason = sig == SIGABRT ? SAFE_MODE_MANUAL : SAFE_MODE_HARD_FAULT;
                continue;
            }
            restore_terminal();
            unlink(marker_path);
            _exit(128 + sig);
        }
        restore_terminal();
        unlink(marker_path);
        if (WIFEXITED(status) && WEXITSTATUS(status) == 70 && !crash_reason(reason)) {
            reason = SAFE_MODE_NO_HEAP;   // hal_fatal: the core could not go on
            continue;
        }
        _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
    }
}
