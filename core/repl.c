// The friendly REPL (repl.h): prompts, multi-line statements, paste mode,
// the control keys of an empty line, and running what was typed. Board mode
// prints CircuitPython's bytes (CR LF, the board banner, Ctrl-D reboots);
// host mode is python3's prompt (Ctrl-D leaves), with line editing on a
// terminal and plain line reading for piped input.
#include <string.h>
#include "compile.h"
#include "config.h"
#include "nlr.h"
#include "obj.h"
#include "readline.h"
#include "repl.h"
#include "../hal/hal.h"
#include "../hal/hal_board.h"

static bool line_editing;
static int exit_status;

void repl_set_line_editing(bool on) { line_editing = on; }

int repl_exit_status(void) { return exit_status; }

const char *repl_build_date(void) {
#ifdef COPPER_BUILD_DATE
    return COPPER_BUILD_DATE;
#else
    // __DATE__ is "Mmm dd yyyy"; turn it into "yyyy-mm-dd" once.
    static char date[11];
    if (date[0] == '\0') {
        static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
        const char *d = __DATE__;
        int m = 0;
        while (m < 12 && memcmp(months + 3 * m, d, 3) != 0) {
            m++;
        }
        m++;
        memcpy(date, d + 7, 4);
        date[4] = '-';
        date[5] = (char)('0' + m / 10);
        date[6] = (char)('0' + m % 10);
        date[7] = '-';
        date[8] = d[4] == ' ' ? '0' : d[4];
        date[9] = d[5];
        date[10] = '\0';
    }
    return date;
#endif
}

static void put(const char *s) { readline_puts(s); }

static void banner(bool board, const char *nl) {
    if (board) {
        // §1.3: "\r\n" + full version + "\r\n", then the prompt.
        const HalBoard *b = hal_board();
        put("\r\nCopper " COPPER_VERSION " on ");
        put(repl_build_date());
        put("; ");
        put(b->name);
        put(" with ");
        put(b->mcu);
        put("\r\n");
    } else {
        put("Copper " COPPER_VERSION " (Python 3.11 compatible)");
        put(nl);
        put("Press Ctrl-D (end of input) to leave.");
        put(nl);
    }
}

// Runs one input; true (and *res) when the REPL must return: SystemExit.
static bool execute(const char *src, size_t len, bool board, bool file_mode, ReplResult *res) {
    Value exc = repl_run(src, len, file_mode);
    if (exc == VAL_NULL) {
        return false;
    }
    if (obj_isinstance(exc, &exc_SystemExit_type)) {
        if (board) {
            *res = REPL_SOFT_REBOOT;   // CircuitPython: sys.exit() at the REPL reloads
        } else {
            exit_status = repl_report(exc);
            *res = REPL_EXIT;
        }
        return true;
    }
    repl_report(exc);
    return false;
}

// Paste mode: every byte is echoed, a newline becomes "\r\n=== ", nothing
// is indented for the user. False when cancelled (Ctrl-C).
static bool paste_mode(Vstr *src) {
    put("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    int prev = 0;
    for (;;) {
        int c = hal_stdin_read_byte();
        if (c == -2 || c == RL_CTRL_C) {
            hal_interrupt_pending();
            put("\r\n");
            return false;
        }
        if (c == -1 || c == RL_CTRL_D) {
            put("\r\n");
            return true;
        }
        if (c == '\r' || c == '\n') {
            if (!(c == '\n' && prev == '\r')) {
                vstr_add_byte(src, '\n');
                put("\r\n=== ");
            }
        } else {
            char ch = (char)c;
            vstr_add_byte(src, ch);
            hal_stdout_write(&ch, 1);
        }
        prev = c;
    }
}

static bool blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') {
            return false;
        }
    }
    return true;
}

#define IN_NOTHING 100   // a blank line, a cancelled paste: just prompt again
#define IN_OOM 101       // out of memory while reading

typedef struct {
    Vstr src;
    unsigned flags;
    int result;          // RL_LINE (src holds a statement), RL_EOF, RL_CTRL_x, IN_*
    bool eof;            // input ended after the statement
    bool paste;          // from paste mode: compiled as a file
} Input;

static void read_statement(Input *in) {
    Vstr *src = &in->src;
    vstr_init(src, 64);
    int r = readline_read(src, ">>> ", in->flags);
    if (r == RL_CTRL_E) {
        r = paste_mode(src) ? RL_LINE : IN_NOTHING;
        in->paste = true;
    } else if (r == RL_LINE) {
        if (blank(src->buf, src->len)) {
            r = IN_NOTHING;
        } else {
            // More lines while the statement is incomplete (open brackets,
            // a block: an empty line ends it). Ctrl-D runs what there is.
            vstr_add_byte(src, '\n');
            while (compile_is_incomplete(src->buf, src->len)) {
                int c = readline_read(src, "... ", in->flags | RL_CONT);
                if (c == RL_CTRL_C) {
                    r = RL_CTRL_C;
                    break;
                }
                if (c == RL_CTRL_D) {
                    break;
                }
                if (c == RL_EOF) {
                    in->eof = true;
                    break;
                }
                vstr_add_byte(src, '\n');
            }
        }
    }
    in->result = r;
}

static void read_input(Input *in) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        read_statement(in);
        nlr_pop();
    } else {
        in->result = IN_OOM;
    }
}

ReplResult repl_friendly(bool board) {
    bool edit = board || line_editing;
    const char *nl = edit ? "\r\n" : "\n";
    const char *cancel = board ? "\r\n" : edit ? "\r\nKeyboardInterrupt\r\n" : "\nKeyboardInterrupt\n";
    exit_status = 0;
    banner(board, nl);
    int oom = 0;
    for (;;) {
        Input in = {{NULL, 0, 0}, edit ? RL_EDIT : 0, 0, false, false};
        read_input(&in);
        switch (in.result) {
            case IN_OOM:
                // Drop the input; if it keeps happening the globals hold
                // the heap, so let them go.
                put(nl);
                put("MemoryError: input dropped");
                put(nl);
                if (++oom >= 2) {
                    repl_new_globals();
                }
                continue;
            case IN_NOTHING:
                continue;
            case RL_EOF:
                put(nl);
                return REPL_EXIT;
            case RL_CTRL_A:
                put("\r\n");
                return REPL_TO_RAW;
            case RL_CTRL_B:
                // Board: "\r\n" + version + "\r\n" (§2), which banner() is.
                if (!board) {
                    put(nl);
                }
                banner(board, nl);
                continue;
            case RL_CTRL_C:
                put(cancel);
                continue;
            case RL_CTRL_D:
                put(nl);
                return board ? REPL_SOFT_REBOOT : REPL_EXIT;
            default:
                break;
        }
        oom = 0;
        ReplResult res;
        if (execute(in.src.buf, in.src.len, board, in.paste, &res)) {
            return res;
        }
        if (in.eof) {
            put(nl);
            return REPL_EXIT;
        }
    }
}
