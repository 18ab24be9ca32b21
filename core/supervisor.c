// The CircuitPython workflow's state machine (supervisor.h), as
// CircuitPython's main.c runs it: start-up (safemode.py, boot.py and
// boot_out.txt), then a loop of code.py runs, the wait for a key, and REPL
// sessions, each in a fresh VM; auto-reload on drive changes; safe mode.
// Every message is CircuitPython's, byte for byte (CIRCUITPYTHON.md §1).
#include <string.h>
#include "supervisor.h"
#include "background.h"
#include "compile.h"
#include "config.h"
#include "gc.h"
#include "nlr.h"
#include "obj.h"
#include "print.h"
#include "repl.h"
#include "runtime.h"
#include "stream.h"
#include "vm.h"
#include "vm_raise.h"
#include "../hal/hal.h"

#define AUTORELOAD_DELAY_NS (750u * 1000000u)   // CIRCUITPY_AUTORELOAD_DELAY_MS
#define DRIVE_POLL_NS (20u * 1000000u)          // how often a running program checks the drive
#define BOOT_OUT_MAX 512

static const char line_clear[] = "\x1b[2K\x1b[0G";

// Outcome of running one file.
typedef enum { RES_OK, RES_EXCEPTION, RES_FORCED_EXIT, RES_RELOAD } RunResult;

static struct {
    const SupervisorPort *port;
    bool active;
    SafeModeReason safe_mode;
    RunReason run_reason;
    bool autoreload;            // supervisor.runtime.autoreload
    bool autoreload_suspended;  // the REPL is active
    bool reload_pending;        // a reload was requested (auto or supervisor.reload())
    bool running_program;       // the reload exception may be raised
    uint64_t last_write_ns;     // debounce for auto-reload
    bool in_boot;
    bool python_writable, usb_drive, cdc_console, cdc_data;
    bool raw_mode;              // the REPL kind survives soft reboots
    bool quit;                  // the console ended
    int next_reset;             // microcontroller.on_next_reset()
    char next_code[96];
    int next_code_options;
    bool next_code_newly_set;
    char prev_traceback[1024];
    bool has_prev_traceback;
    uint64_t boot_ns;
    bool boot_ns_set;
    // boot_out.txt capture (plain C memory: it outlives the boot.py VM).
    bool capturing;
    char capture[BOOT_OUT_MAX + 32];
    size_t capture_len;
    bool capture_truncated;
    bool capture_prev_cr;
} sv;

// Values of the current VM (GC roots, registered again for each new VM).
static Value reload_exc_type;
static BackgroundTask drive_task;

// CircuitPython's status bar (its supervisor/shared/status_bar.c): the
// terminal title, set with OSC 0, names the file running, "REPL", where
// the last uncaught exception was raised, or "Done", then the version.
// The board sends it at fixed points of main.c (a file starts or ends, the
// REPL starts or ends) and, for an update asked for earlier, from a
// background task; see serve_status_bar_request() for where that one goes.
static struct {
    bool console_off, display_off;   // supervisor.status_bar (false: on, the default)
    bool suspended;                  // boot.py's capture, the raw REPL
    bool request_pending;            // an update asked for at start-up or while suspended
    bool written;                    // a title was sent since start-up
    const char *running;             // the file running, "REPL", or NULL
    uint32_t exc_line;               // 0: nothing to show
    char exc_file[33];               // CircuitPython keeps 32 characters of the name
    char exc_type[48];
} status;

// --- output -----------------------------------------------------------------------

static void capture_bytes(const char *data, size_t len) {
    // boot_out.txt gets what the console gets after LF -> CR LF.
    for (size_t i = 0; i < len && !sv.capture_truncated; i++) {
        char c = data[i];
        if (c == '\n' && !sv.capture_prev_cr) {
            if (sv.capture_len + 2 > BOOT_OUT_MAX) {
                sv.capture_truncated = true;
                break;
            }
            sv.capture[sv.capture_len++] = '\r';
        }
        if (sv.capture_len + 1 > BOOT_OUT_MAX) {
            sv.capture_truncated = true;
            break;
        }
        sv.capture[sv.capture_len++] = c;
        sv.capture_prev_cr = c == '\r';
    }
}

// Console output that boot_out.txt also records while boot.py runs.
static void out(const char *data, size_t len) {
    if (sv.capturing) {
        capture_bytes(data, len);
    }
    hal_stdout_write(data, len);
}

static void out_str(const char *s) { out(s, strlen(s)); }

// Console output never recorded (the line-clear sequence).
static void out_raw(const char *s) { hal_stdout_write(s, strlen(s)); }

// sys.stdout/sys.stderr while boot.py runs: writes go to the console and
// into the capture.
static Value tee_write(size_t nargs, const Value *args) {
    (void)nargs;
    Value s = args[1];
    if (!obj_isinstance(s, &str_type)) {
        vm_raise(&exc_TypeError_type, "string argument expected, got '%T'", s);
    }
    s = obj_native(s);
    out(str_cstr(s), str_len_bytes(s));
    return val_from_small_int((intptr_t)obj_len(s));
}

static Value tee_flush(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return VAL_NONE;
}

static BUILTIN_FN(tee_write_obj, write, 2, 2, tee_write);
static BUILTIN_FN(tee_flush_obj, flush, 1, 1, tee_flush);
static const AttrEntry tee_attrs[] = {
    {NAME(flush), OBJ_VAL(&tee_flush_obj)},
    {NAME(write), OBJ_VAL(&tee_write_obj)},
};
static const Type tee_type = {
    .base = {&type_type},
    .name = NAME(TextIOWrapper),
    .base_type = &object_type,
    .attrs = tee_attrs,
    .nattrs = sizeof(tee_attrs) / sizeof(tee_attrs[0]),
};
static const Obj tee_obj = {&tee_type};

// --- the drive watch and reloads ----------------------------------------------------

static uint64_t now_ns(void) { return hal_monotonic_ns(); }

// A write by the host counts only when the host owns the drive and
// auto-reload is on and not suspended by the REPL (CircuitPython ignores
// writes then; they do not queue a later reload).
static void poll_drive(void) {
    if (sv.port == NULL || sv.port->drive_changed == NULL || !sv.port->drive_changed()) {
        return;
    }
    // (USB is not up while boot.py runs: the host cannot have written.)
    if (sv.python_writable || !sv.autoreload || sv.autoreload_suspended || sv.in_boot ||
        sv.safe_mode != SAFE_MODE_NONE) {
        return;
    }
    sv.reload_pending = true;
    sv.run_reason = RUN_REASON_AUTO_RELOAD;
    sv.last_write_ns = now_ns();
}

static bool autoreload_ready(void) {
    if (!sv.reload_pending) {
        return false;
    }
    if (sv.run_reason != RUN_REASON_AUTO_RELOAD) {
        return true;
    }
    return now_ns() - sv.last_write_ns > AUTORELOAD_DELAY_NS;
}

static _Noreturn void raise_reload(void) {
    vm_raise_obj(reload_exc_type != VAL_NULL ? reload_exc_type : OBJ_VAL(&exc_SystemExit_type));
}

// Runs from the VM's poll and from sleeps while a program runs. A program
// that catches the reload exception gets it again at the next poll.
static void drive_task_run(BackgroundTask *t) {
    background_schedule(t, now_ns() + DRIVE_POLL_NS);
    poll_drive();
    if (sv.reload_pending && sv.running_program) {
        raise_reload();
    }
}

// --- VMs -------------------------------------------------------------------------------

static void new_vm(void) {
    sv.port->new_vm();
    hal_interrupt_pending();   // a Ctrl-C typed between runs is not for the next one
    reload_exc_type = VAL_NULL;
    gc_add_root(&reload_exc_type, sizeof(reload_exc_type));
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value base = OBJ_VAL(&exc_BaseException_type);
        Value ns = dict_new();
        dict_set(ns, NAME(__module__), NAME(builtins));
        dict_set(ns, NAME(__qualname__), NAME(ReloadException));
        reload_exc_type = type_new_class(NAME(ReloadException), tuple_new(1, &base), ns);
        nlr_pop();
    }
    // CircuitPython's sys.path: the current directory, the drive's root,
    // the frozen modules, then /lib.
    Value path = vm_sys_path();
    val_list(path)->len = 0;
    list_append(path, NAME(empty));
    list_append(path, NAME(slash));
    list_append(path, NAME(dot_frozen));
    list_append(path, NAME(slash_lib));
    memset(&drive_task, 0, sizeof(drive_task));
    drive_task.run = drive_task_run;
    background_schedule(&drive_task, now_ns() + DRIVE_POLL_NS);
    hal_chdir("/");
}

static void cleanup_after_vm(void) {
    status.exc_line = 0;   // the exception went with the VM: the title says "Done" again
    background_reset();
    if (sv.port->reset_board != NULL) {
        sv.port->reset_board();
    }
}

// Sets the module-level sys.stdout / sys.stderr (for boot.py's capture).
static void set_std_streams(Value out_stream, Value err_stream) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value sys = dict_get_str(vm_sys_modules(), NAME(sys));
        if (sys == VAL_NULL) {
            sys = import_name(NAME(sys), VAL_NONE, 0, VAL_NULL);
        }
        Value g = ((ModuleObj *)VAL_OBJ(sys))->globals;
        dict_set(g, NAME(stdout), out_stream);
        dict_set(g, NAME(stderr), err_stream);
        nlr_pop();
    }
}

static void save_traceback(Value exc) {
    sv.has_prev_traceback = false;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value lines = traceback_format(exc);
        size_t n;
        Value *items;
        obj_get_array(lines, &n, &items);
        size_t len = 0;
        for (size_t i = 0; i < n; i++) {
            size_t l = str_len_bytes(items[i]);
            if (len + l >= sizeof(sv.prev_traceback)) {
                l = sizeof(sv.prev_traceback) - 1 - len;
            }
            memcpy(sv.prev_traceback + len, str_cstr(items[i]), l);
            len += l;
        }
        sv.prev_traceback[len] = '\0';
        sv.has_prev_traceback = true;
        nlr_pop();
    }
}

static bool serial_connected(void);   // (with the messages below)

// --- the status bar ------------------------------------------------------------------------

static const char status_bar_clear[] = "\x1b]0;\x1b\\";

static void status_bar_write(const char *data, size_t len, bool serial, bool display) {
    if (sv.port->write_status_bar != NULL) {
        sv.port->write_status_bar(data, len, serial, display);
    } else if (serial) {
        hal_stdout_write(data, len);
    }
}

static size_t append(char *buf, size_t at, size_t cap, const char *s, size_t max) {
    for (size_t i = 0; s[i] != '\0' && i < max && at + 1 < cap; i++) {
        buf[at++] = s[i];
    }
    buf[at] = '\0';
    return at;
}

// Sends the title now, to the serial console while a terminal is attached
// and status_bar.console is on, and to the display while
// status_bar.display is on; while suspended, asks for it later.
static void status_bar_update(void) {
    if (!sv.active) {
        return;
    }
    if (status.suspended) {
        status.request_pending = true;
        return;
    }
    status.request_pending = false;
    status.written = true;
    char title[160];
    size_t n = append(title, 0, sizeof(title), "\x1b]0;\xf0\x9f\x90\x8d", SIZE_MAX);   // U+1F40D snake
    if (status.running != NULL) {
        n = append(title, n, sizeof(title), status.running, SIZE_MAX);
    } else if (status.exc_line > 0) {
        char digits[12];
        size_t d = sizeof(digits) - 1;
        digits[d] = '\0';
        for (uint32_t v = status.exc_line; v > 0; v /= 10) {
            digits[--d] = (char)('0' + v % 10);
        }
        n = append(title, n, sizeof(title), digits + d, SIZE_MAX);
        n = append(title, n, sizeof(title), "@", SIZE_MAX);
        n = append(title, n, sizeof(title), status.exc_file, SIZE_MAX);
        n = append(title, n, sizeof(title), " ", SIZE_MAX);
        n = append(title, n, sizeof(title), status.exc_type, SIZE_MAX);
    } else {
        n = append(title, n, sizeof(title), "Done", SIZE_MAX);
    }
    // Copper's version stands where CircuitPython puts its release tag.
    n = append(title, n, sizeof(title), " | " COPPER_VERSION "\x1b\\", SIZE_MAX);
    status_bar_write(title, n, !status.console_off && serial_connected(), !status.display_off);
}

// An update asked for earlier (CircuitPython's background request after
// boot.py, or one made while suspended) is sent when the board next runs
// its background tasks. Every run of a file sends its own title first,
// which takes the request's place; so only when nothing ran (no code.py,
// safe mode) is the request seen, at the top of the wait for a key, before
// its messages. The board may send it earlier when something else runs
// background tasks first; the order shown is the usual one.
static void serve_status_bar_request(void) {
    if (status.request_pending) {
        status_bar_update();
    }
}

// Where an uncaught exception was raised (the innermost traceback entry)
// and its type, for the title after the run.
static void status_bar_note_exception(Value exc) {
    Value file;
    uint32_t line;
    if (!traceback_innermost(exc, &file, &line) || !obj_isinstance(file, &str_type)) {
        return;
    }
    append(status.exc_file, 0, sizeof(status.exc_file), str_cstr(obj_native(file)), 32);
    append(status.exc_type, 0, sizeof(status.exc_type), val_type_name(exc), SIZE_MAX);
    status.exc_line = line;
}

static bool is_file(const char *name) {
    HalStat st;
    return hal_stat(name, &st) == 0 && !st.is_dir;
}

// Runs a file as __main__ the way pyexec_file does: the traceback of an
// uncaught exception is printed (to the capture too while boot.py runs),
// SystemExit ends quietly, the reload exception is not reported.
static RunResult exec_file(const char *name) {
    sv.running_program = true;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value fname = str_new_cstr(name);
        size_t len;
        const char *src = import_read_file(fname, &len);
        Value m = module_new(NAME(__main__));
        dict_set(vm_sys_modules(), NAME(__main__), m);
        Value g = ((ModuleObj *)VAL_OBJ(m))->globals;
        dict_set(g, NAME(__file__), fname);
        vm_run_source(src, len, fname, COMPILE_FILE, g);
        nlr_pop();
        sv.running_program = false;
        sv.has_prev_traceback = false;
        return RES_OK;
    }
    sv.running_program = false;
    Value exc = nb.exc;
    // Without the class (no memory for it) the reload came as SystemExit.
    const Type *reload_type = reload_exc_type != VAL_NULL ? (const Type *)VAL_OBJ(reload_exc_type)
                                                          : &exc_SystemExit_type;
    if (sv.reload_pending && obj_isinstance(exc, reload_type)) {
        return RES_RELOAD;
    }
    if (obj_isinstance(exc, &exc_SystemExit_type)) {
        return RES_FORCED_EXIT;
    }
    NlrBuf nb2;
    if (nlr_push(&nb2) == 0) {
        vm_print_exception(exc, sv.capturing ? OBJ_VAL(&tee_obj) : VAL_NULL);
        nlr_pop();
    } else {
        out_str("Traceback (most recent call last):\r\n  (traceback unavailable: out of memory)\r\n");
    }
    save_traceback(exc);
    status_bar_note_exception(exc);
    return RES_EXCEPTION;
}

// Runs the first existing file of the list, announced by "<name> output:";
// the status bar names it while it runs, then shows how it ended.
// Returns false (and runs nothing) when none exists.
static bool run_first(const char *const *names, size_t n, RunResult *res) {
    status.exc_line = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_file(names[i])) {
            out_raw(line_clear);
            out_str(names[i]);
            out_str(" output:\r\n");
            status.running = names[i];
            status_bar_update();
            *res = exec_file(names[i]);
            status.running = NULL;
            status_bar_update();
            return true;
        }
    }
    return false;
}

// --- messages ------------------------------------------------------------------------------

static const char *safe_mode_text(SafeModeReason r) {
    switch (r) {
        case SAFE_MODE_BROWNOUT: return "Power dipped. Make sure you are providing enough power.";
        case SAFE_MODE_USER:
            if (sv.port->board_id != NULL && strcmp(sv.port->board_id, "circuitplayground_express") == 0) {
                return "You pressed both buttons at start up.";
            }
            return "You pressed the reset button during boot.";
        case SAFE_MODE_NO_CIRCUITPY: return "CIRCUITPY drive could not be found or created.";
        case SAFE_MODE_PROGRAMMATIC: return "The `microcontroller` module was used to boot into safe mode.";
        case SAFE_MODE_SAFEMODE_PY_ERROR: return "Error in safemode.py.";
        case SAFE_MODE_STACK_OVERFLOW: return "Stack overflow. Increase stack size.";
        case SAFE_MODE_USB_TOO_MANY_ENDPOINTS: return "USB devices need more endpoints than are available.";
        case SAFE_MODE_USB_TOO_MANY_INTERFACE_NAMES: return "USB devices specify too many interface names.";
        case SAFE_MODE_USB_BOOT_DEVICE_NOT_INTERFACE_ZERO: return "Boot device must be first (interface #0).";
        case SAFE_MODE_WATCHDOG: return "Internal watchdog timer expired.";
        default: return NULL;
    }
}

static const char *crash_text(SafeModeReason r) {
    switch (r) {
        case SAFE_MODE_GC_ALLOC_OUTSIDE_VM: return "Heap allocation when VM not running.";
        case SAFE_MODE_FLASH_WRITE_FAIL: return "Failed to write internal flash.";
        case SAFE_MODE_HARD_FAULT: return "Hard fault: memory access or instruction error.";
        case SAFE_MODE_INTERRUPT_ERROR: return "Interrupt error.";
        case SAFE_MODE_NLR_JUMP_FAIL: return "NLR jump failed. Likely memory corruption.";
        case SAFE_MODE_NO_HEAP: return "Unable to allocate to the heap.";
        case SAFE_MODE_SDK_FATAL_ERROR: return "Third-party firmware fatal error.";
        default: return "Unknown reason.";
    }
}

static void print_safe_mode_message(void) {
    if (sv.safe_mode == SAFE_MODE_NONE) {
        return;
    }
    out_str("\r\nYou are in safe mode because:\r\n");
    const char *t = safe_mode_text(sv.safe_mode);
    if (t != NULL) {
        out_str(t);
    } else {
        out_str("CircuitPython core code crashed hard. Whoops!\r\n");
        out_str(crash_text(sv.safe_mode));
        out_str("\r\nPlease file an issue with your program at github.com/adafruit/circuitpython/issues.");
    }
    out_str("\r\nPress reset to exit safe mode.\r\n");
}

static void print_code_py_status_message(void) {
    out_raw(line_clear);
    if (sv.autoreload) {
        out_str("Auto-reload is on. Simply save files over USB to run them or enter REPL to disable.\r\n");
    } else {
        out_str("Auto-reload is off.\r\n");
    }
    if (sv.safe_mode != SAFE_MODE_NONE) {
        out_str("Running in safe mode! Not running saved code.\r\n");
    }
}

static bool serial_connected(void) {
    return sv.port->serial_connected == NULL || sv.port->serial_connected();
}

// --- boot.py ---------------------------------------------------------------------------------

static void write_boot_out(void) {
    // Only when the content changed (the drive is flash: spare it).
    char old[BOOT_OUT_MAX + 40];
    long n = 0;
    int h = hal_file_open("/boot_out.txt", HAL_O_READ);
    if (h >= 0) {
        n = hal_file_read(h, old, sizeof(old));
        hal_file_close(h);
    }
    if (h >= 0 && n == (long)sv.capture_len && memcmp(old, sv.capture, sv.capture_len) == 0) {
        return;
    }
    bool was = sv.python_writable;
    sv.python_writable = true;   // the supervisor writes before USB starts
    h = hal_file_open("/boot_out.txt", HAL_O_WRITE | HAL_O_CREATE | HAL_O_TRUNC);
    if (h >= 0) {
        hal_file_write(h, sv.capture, sv.capture_len);
        hal_file_close(h);
    }
    sv.python_writable = was;
    if (sv.port->drive_changed != NULL) {
        sv.port->drive_changed();   // our own write is not a host change
    }
}

static void run_boot_py(void) {
    if (sv.safe_mode == SAFE_MODE_NO_HEAP) {
        return;
    }
    bool ok_to_run = sv.safe_mode == SAFE_MODE_NONE;
    new_vm();
    sv.in_boot = true;
    if (ok_to_run) {
        sv.capture_len = 0;
        sv.capture_truncated = false;
        sv.capture_prev_cr = false;
        sv.capturing = true;
        status.suspended = true;   // no titles in boot_out.txt
        out_str(sv.port->version);
        out_str("\r\nBoard ID:");
        out_str(sv.port->board_id);
        out_str("\r\n");
        if (sv.port->uid_len > 0) {
            out_str("UID:");
            static const char hex[] = "0123456789ABCDEF";
            for (size_t i = 0; i < sv.port->uid_len; i++) {
                char b[2] = {hex[sv.port->uid[i] >> 4], hex[sv.port->uid[i] & 15]};
                out(b, 2);
            }
            out_str("\r\n");
        }
        set_std_streams(OBJ_VAL(&tee_obj), OBJ_VAL(&tee_obj));
        static const char *const boot_names[] = {"boot.py", "boot.txt"};
        RunResult res;
        run_first(boot_names, 2, &res);
        sv.capturing = false;
        status.suspended = false;
        if (sv.capture_truncated) {
            static const char trunc[] = "[truncated due to length]\r\n";
            memcpy(sv.capture + sv.capture_len, trunc, sizeof(trunc) - 1);
            sv.capture_len += sizeof(trunc) - 1;
        }
        write_boot_out();
    }
    sv.in_boot = false;
    cleanup_after_vm();
}

static void run_safemode_py(void) {
    if (sv.safe_mode == SAFE_MODE_NONE || sv.safe_mode == SAFE_MODE_USER || sv.port->small_build) {
        return;
    }
    new_vm();
    sv.in_boot = true;
    static const char *const names[] = {"safemode.py", "safemode.txt"};
    RunResult res = RES_OK;
    if (run_first(names, 2, &res) && res == RES_EXCEPTION) {
        sv.safe_mode = SAFE_MODE_SAFEMODE_PY_ERROR;
    }
    sv.in_boot = false;
    cleanup_after_vm();
}

// --- code.py and the wait for a key ----------------------------------------------------------

// Returns true to skip the REPL (reload and run code.py again).
static bool run_code_py(void) {
    bool connected_at_start = serial_connected();
    bool printed_safe_mode_message = false;
    if (connected_at_start) {
        out_str("\r\n");
        print_code_py_status_message();
        print_safe_mode_message();
        printed_safe_mode_message = true;
    }
    bool skip_repl = false, skip_wait = false;
    int options = 0;
    RunResult res = RES_OK;
    if (sv.safe_mode == SAFE_MODE_NONE && !sv.reload_pending) {
        static const char *const names[] = {"code.txt", "code.py", "main.py", "main.txt"};
        static const char *const double_names[] = {"code.txt.py", "code.py.txt", "code.txt.txt", "code.py.py",
                                                   "main.txt.py", "main.py.txt", "main.txt.txt", "main.py.py"};
        new_vm();
        bool found = false;
        sv.next_code_newly_set = false;
        options = sv.next_code_options;
        if (sv.next_code[0] != '\0') {
            const char *one[] = {sv.next_code};
            found = run_first(one, 1, &res);
            if (!found) {
                out_str(sv.next_code);
                out_str(" not found.\r\n");
            }
        }
        if (!found) {
            found = run_first(names, 4, &res);
            if (!found && !sv.port->small_build) {
                found = run_first(double_names, 8, &res);
                if (found) {
                    out_str("WARNING: Your code filename has two extensions\r\n");
                }
            }
        }
        if (res == RES_RELOAD && sv.run_reason == RUN_REASON_AUTO_RELOAD) {
            out_str("\r\nCode stopped by auto-reload. Reloading soon.\r\n");
        } else {
            out_str("\r\nCode done running.\r\n");
        }
        cleanup_after_vm();
        if (res == RES_RELOAD) {
            if (sv.run_reason != RUN_REASON_AUTO_RELOAD) {
                skip_repl = skip_wait = true;
            }
        } else if (res == RES_OK || res == RES_FORCED_EXIT) {
            if (options & SUPERVISOR_NEXT_RELOAD_ON_SUCCESS) {
                skip_repl = skip_wait = true;
            }
        } else if (options & SUPERVISOR_NEXT_RELOAD_ON_ERROR) {
            skip_repl = skip_wait = true;
        }
        if (res == RES_FORCED_EXIT) {
            skip_repl = false;
            skip_wait = true;
        }
    }
    int situation = res == RES_RELOAD ? SUPERVISOR_NEXT_STICKY_ON_RELOAD
                    : res == RES_EXCEPTION ? SUPERVISOR_NEXT_STICKY_ON_ERROR
                                           : SUPERVISOR_NEXT_STICKY_ON_SUCCESS;
    bool printed_press_any_key = false;
    while (!skip_wait) {
        serve_status_bar_request();
        poll_drive();
        if (autoreload_ready()) {
            situation |= SUPERVISOR_NEXT_STICKY_ON_RELOAD;
            skip_repl = true;
            sv.reload_pending = false;
            break;
        }
        if (hal_interrupt_pending()) {
            break;   // Ctrl-C is a key like any other here
        }
        if (serial_connected() && hal_stdin_bytes_available() > 0 && !sv.reload_pending) {
            int c = hal_stdin_read_byte();
            if (c == -1) {
                if (sv.port->console_reconnect == NULL || !sv.port->console_reconnect()) {
                    sv.quit = true;
                    return true;
                }
                continue;
            }
            skip_repl = c == 0x04;
            if (skip_repl) {
                sv.run_reason = RUN_REASON_REPL_RELOAD;
            }
            break;
        }
        if (!printed_press_any_key && serial_connected() && !sv.reload_pending) {
            if (!connected_at_start) {
                print_code_py_status_message();
            }
            if (!printed_safe_mode_message) {
                print_safe_mode_message();
                printed_safe_mode_message = true;
            }
            out_str("\r\nPress any key to enter the REPL. Use CTRL-D to reload.\r\n");
            printed_press_any_key = true;
        }
        if (!serial_connected()) {
            connected_at_start = false;
            printed_press_any_key = false;
        }
        uint64_t until = now_ns() + 100000000u;
        if (sv.reload_pending && sv.last_write_ns + AUTORELOAD_DELAY_NS + 1000000u < until) {
            until = sv.last_write_ns + AUTORELOAD_DELAY_NS + 1000000u;
        }
        sv.port->idle_until(until);
    }
    sv.reload_pending = false;
    // A next-code file set during this run applies to the next one; an
    // older one stays only if its stickiness covers what happened.
    if (!sv.next_code_newly_set && (sv.next_code_options & situation) == 0) {
        sv.next_code[0] = '\0';
        sv.next_code_options = 0;
    }
    return skip_repl;
}

// --- the REPL ---------------------------------------------------------------------------

typedef enum { REPL_RES_RELOAD, REPL_RES_SWITCH, REPL_RES_QUIT } ReplOutcome;

static ReplOutcome run_repl(void) {
    new_vm();
    sv.autoreload_suspended = true;
    if (sv.safe_mode == SAFE_MODE_NONE) {
        static const char *const names[] = {"repl.py"};
        RunResult res = RES_OK;
        if (run_first(names, 1, &res) && res == RES_RELOAD) {
            // supervisor.reload() in repl.py: no REPL, run code.py again
            cleanup_after_vm();
            sv.autoreload_suspended = false;
            sv.reload_pending = false;
            return REPL_RES_RELOAD;
        }
    }
    ReplResult r;
    if (sv.raw_mode) {
        status.suspended = true;   // the raw REPL's protocol bytes stay clean
        r = repl_raw();
        status.suspended = false;
    } else {
        status.running = "REPL";
        status_bar_update();
        r = repl_friendly(true);
        status.running = NULL;
        status_bar_update();
    }
    cleanup_after_vm();
    if (sv.port->drive_changed != NULL) {
        sv.port->drive_changed();   // writes while the REPL ran do not reload
    }
    sv.autoreload_suspended = false;
    switch (r) {
        case REPL_SOFT_REBOOT:
            return REPL_RES_RELOAD;
        case REPL_TO_RAW:
            sv.raw_mode = true;
            return REPL_RES_SWITCH;
        case REPL_TO_FRIENDLY:
            sv.raw_mode = false;
            return REPL_RES_SWITCH;
        default:
            return REPL_RES_QUIT;
    }
}

// --- the main loop ----------------------------------------------------------------------

int supervisor_main(const SupervisorPort *port, SafeModeReason safe_mode) {
    memset(&sv, 0, sizeof(sv));
    sv.port = port;
    sv.active = true;
    sv.safe_mode = safe_mode;
    sv.usb_drive = true;
    sv.cdc_console = true;
    sv.boot_ns = now_ns();
    sv.boot_ns_set = true;
    out_raw(line_clear);   // CircuitPython clears the line once when serial starts, once after board init
    out_raw(line_clear);
    sv.run_reason = RUN_REASON_STARTUP;
    sv.autoreload = safe_mode == SAFE_MODE_NONE;
    memset(&status, 0, sizeof(status));
    run_safemode_py();
    run_boot_py();
    status.request_pending = true;   // CircuitPython asks for a title once the workflows start
    if (port->drive_changed != NULL) {
        port->drive_changed();
    }
    bool skip_repl = true, first = true, reload = true;
    for (;;) {
        if (!skip_repl) {
            ReplOutcome r = run_repl();
            sv.run_reason = RUN_REASON_REPL_RELOAD;
            if (r == REPL_RES_QUIT) {
                if (port->console_reconnect == NULL || !port->console_reconnect()) {
                    break;
                }
                continue;   // a new terminal: a new REPL
            }
            reload = r == REPL_RES_RELOAD;
            if (!reload) {
                continue;   // friendly <-> raw: a fresh VM for the other REPL
            }
        }
        if (reload) {
            if (!first) {
                out_str("soft reboot\r\n");
            }
            first = false;
            if (!sv.raw_mode) {
                skip_repl = run_code_py();
                if (sv.quit) {
                    break;
                }
            } else {
                skip_repl = false;
            }
        }
    }
    sv.active = false;
    return 0;
}

// --- the API for modules -------------------------------------------------------------

bool supervisor_active(void) { return sv.active; }

void supervisor_reset(void) {
    if (!sv.active || sv.port->hard_reset == NULL) {
        vm_raise_noargs(&exc_SystemExit_type);
    }
    SafeModeReason next = SAFE_MODE_NONE;
    if (sv.next_reset == 1) {
        next = SAFE_MODE_PROGRAMMATIC;
    }
    sv.port->hard_reset(next);
    hal_fatal("reset failed");
}

void supervisor_on_next_reset(int mode) { sv.next_reset = mode; }

bool supervisor_autoreload_enabled(void) { return sv.autoreload; }

void supervisor_set_autoreload(bool on) {
    sv.autoreload = on;
    if (!on && sv.run_reason == RUN_REASON_AUTO_RELOAD) {
        sv.reload_pending = false;
    }
}

void supervisor_reload(void) {
    if (!sv.active || !sv.running_program) {
        // At the REPL (or without a supervisor) it ends the session the way
        // sys.exit() does, which soft-reboots in board mode.
        vm_raise_noargs(&exc_SystemExit_type);
    }
    sv.reload_pending = true;
    sv.run_reason = RUN_REASON_SUPERVISOR_RELOAD;
    raise_reload();
}

RunReason supervisor_run_reason(void) { return sv.run_reason; }
SafeModeReason supervisor_safe_mode_reason(void) { return sv.safe_mode; }

bool supervisor_serial_connected(void) {
    if (!sv.active) {
        return true;
    }
    return serial_connected();
}

void supervisor_set_next_code_file(const char *name, size_t len, int options) {
    if (name == NULL || len >= sizeof(sv.next_code)) {
        len = 0;
    }
    if (len > 0) {
        memcpy(sv.next_code, name, len);
    }
    sv.next_code[len] = '\0';
    sv.next_code_options = options;
    sv.next_code_newly_set = true;
}

const char *supervisor_previous_traceback(void) { return sv.has_prev_traceback ? sv.prev_traceback : NULL; }

uint32_t supervisor_ticks_ms(void) {
    if (!sv.boot_ns_set) {
        sv.boot_ns = now_ns();
        sv.boot_ns_set = true;
    }
    uint64_t ms = (now_ns() - sv.boot_ns) / 1000000u;
    return (uint32_t)((ms + 0x1fff0000u) % (1u << 29));
}

bool supervisor_status_bar_console(void) { return !status.console_off; }
bool supervisor_status_bar_display(void) { return !status.display_off; }

// As CircuitPython: the old title is cleared first (once one was sent), so
// that a title turned off does not stay, then the current one is sent.
void supervisor_set_status_bar_console(bool on) {
    if (on != status.console_off) {
        return;
    }
    if (status.written && sv.active && !status.suspended) {
        status_bar_write(status_bar_clear, sizeof(status_bar_clear) - 1, serial_connected(), true);
    }
    status.console_off = !on;
    status_bar_update();
}

void supervisor_set_status_bar_display(bool on) {
    if (on != status.display_off) {
        return;
    }
    if (status.written && sv.active) {
        status_bar_write(status_bar_clear, sizeof(status_bar_clear) - 1, false, true);
    }
    status.display_off = !on;
    status_bar_update();
}

bool supervisor_in_boot(void) { return sv.in_boot; }
bool supervisor_python_writable(void) { return !sv.active || sv.python_writable; }
void supervisor_set_python_writable(bool on) { sv.python_writable = on; }
bool supervisor_usb_drive_enabled(void) { return sv.usb_drive; }
void supervisor_set_usb_drive_enabled(bool on) { sv.usb_drive = on; }
bool supervisor_cdc_console_enabled(void) { return !sv.active || sv.cdc_console; }
bool supervisor_cdc_data_enabled(void) { return sv.active && sv.cdc_data; }

void supervisor_set_cdc(bool console, bool data) {
    sv.cdc_console = console;
    sv.cdc_data = data;
}

const SupervisorPort *supervisor_port(void) { return sv.active ? sv.port : NULL; }

bool supervisor_settings_available(void) { return sv.active && sv.port->settings_toml; }
