// The REPLs on the console (core/repl.c, core/readline.c, core/raw_repl.c):
// the friendly one with line editing, history, completion and paste mode,
// and the raw REPL + raw-paste protocol host tools use. The same code serves
// the host terminal, a pty and a board's UART, through hal.h's console.
#ifndef COPPER_CORE_REPL_H
#define COPPER_CORE_REPL_H

#include <stdbool.h>

typedef enum {
    REPL_EXIT,          // end of input (host) or sys.exit(): leave
    REPL_SOFT_REBOOT,   // Ctrl-D on an empty line (board mode): reload
    REPL_TO_RAW,        // Ctrl-A: switch to the raw REPL (fresh globals)
    REPL_TO_FRIENDLY,   // Ctrl-B in the raw REPL: back to the friendly one
} ReplResult;

// board_mode: CircuitPython's behaviour (banner from the board, Ctrl-D
// soft-reboots, cooked CR LF output); otherwise a host prompt like python3's.
ReplResult repl_friendly(bool board_mode);
ReplResult repl_raw(void);

#endif
