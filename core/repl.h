// The REPLs on the console (core/repl.c, core/readline.c, core/raw_repl.c):
// the friendly one with line editing, history, completion and paste mode,
// and the raw REPL + raw-paste protocol host tools use. The same code serves
// the host terminal, a pty and a board's UART, through hal.h's console.
#ifndef COPPER_CORE_REPL_H
#define COPPER_CORE_REPL_H

#include <stdbool.h>
#include <stddef.h>
#include "print.h"

typedef enum {
    REPL_EXIT,          // end of input (host) or sys.exit(): leave
    REPL_SOFT_REBOOT,   // Ctrl-D on an empty line (board mode): reload
    REPL_TO_RAW,        // Ctrl-A: switch to the raw REPL (fresh globals)
    REPL_TO_FRIENDLY,   // Ctrl-B in the raw REPL: back to the friendly one
} ReplResult;

// board_mode: CircuitPython's behaviour (banner from the board, Ctrl-D
// soft-reboots, cooked CR LF output); otherwise a host prompt like python3's.
// Either returns after printing what CircuitPython prints for the key
// (repl_friendly: "\r\n" for Ctrl-A and Ctrl-D; repl_raw: "\r\n" for Ctrl-B,
// "OK\r\n" for Ctrl-D on an empty buffer). The caller starts the next mode:
// REPL_TO_RAW -> fresh globals (repl_new_globals) and repl_raw(), which prints
// "raw REPL; CTRL-B to exit\r\n>"; REPL_TO_FRIENDLY -> fresh globals and
// repl_friendly(), which prints the banner; REPL_SOFT_REBOOT -> the caller
// prints "soft reboot\r\n" and reloads (after repl_raw: back into repl_raw).
// sys.exit() at the prompt is REPL_SOFT_REBOOT in board mode, REPL_EXIT
// (status in repl_exit_status()) on a host.
ReplResult repl_friendly(bool board_mode);
ReplResult repl_raw(void);

// Host mode: the console is a terminal the REPL echoes to and edits on
// (true), or lines are read as they come without echo (piped input: the
// default). Board mode always edits. Set by the port before repl_friendly.
void repl_set_line_editing(bool on);
// The exit status after REPL_EXIT: SystemExit's code, else 0.
int repl_exit_status(void);
// The build date as "YYYY-MM-DD" (the banner's "Copper 0.1.0 on <date>").
const char *repl_build_date(void);

// Tab completion (repl_complete.c) of the name or dotted attribute that
// ends `line`: returns the number of matches; `ext` receives text to insert
// (the rest of the single match, or the longer prefix several share), and
// when there is none and several match, `listing` receives them in columns.
size_t repl_complete(const char *line, size_t len, Vstr *ext, Vstr *listing);

// --- provided by core/copper.c (its REPL part) -------------------------------
Value repl_globals(void);      // __main__'s namespace (a dict)
void repl_new_globals(void);   // forget it: the next input starts afresh
// Compiles and runs REPL input as "<stdin>" in __main__'s namespace:
// file_mode for whole programs (raw REPL, paste mode), else CPython's
// interactive mode (one statement; expression statements print their
// value). Returns VAL_NULL, or the exception that escaped (not printed yet).
Value repl_run(const char *src, size_t len, bool file_mode);
// Prints an escaped exception as for a program (traceback to stderr;
// SystemExit's message) and returns the exit status it stands for.
int repl_report(Value exc);

#endif
