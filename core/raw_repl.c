// The raw REPL and raw-paste mode (repl.h: repl_raw), byte for byte as
// CircuitPython/MicroPython speak them to host tools (mpremote, ampy,
// Thonny):
//   "raw REPL; CTRL-B to exit\r\n>"   on entry and after Ctrl-A
//   code bytes (no echo), then Ctrl-D -> "OK", the program's output, "\x04",
//                                     the exception text if any, "\x04", ">"
//   Ctrl-D on an empty buffer          -> "OK\r\n", soft reboot
//   Ctrl-C                             -> buffer cleared, no output
//   Ctrl-B                             -> "\r\n", back to the friendly REPL
//   "\x05A\x01" (raw-paste request)    -> "R\x01", window 128 as 16-bit LE,
//                                        "\x01"; one "\x01" per 128 bytes
//                                        consumed; "\x04" ends the data and
//                                        is answered with "\x04", then the
//                                        run as above ("R\x00" if the
//                                        second byte is not 'A').
#include "nlr.h"
#include "obj.h"
#include "readline.h"
#include "repl.h"
#include "vm_raise.h"
#include "../hal/hal.h"

#define PASTE_WINDOW 128

static void out(const char *s, size_t n) { hal_stdout_write(s, n); }

// Runs a received program between the two "\x04" markers. True when it
// ended with SystemExit (the caller returns REPL_SOFT_REBOOT, as MicroPython
// does for a forced exit).
static bool run_marked(const char *src, size_t len, Value pending_exc) {
    Value exc = pending_exc != VAL_NULL ? pending_exc : repl_run(src, len, true);
    out("\x04", 1);
    bool exit = false;
    if (exc != VAL_NULL) {
        if (obj_isinstance(exc, &exc_SystemExit_type)) {
            exit = true;
        } else {
            repl_report(exc);
        }
    }
    out("\x04", 1);
    return exit;
}

static Value keyboard_interrupt(void) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        vm_raise_noargs(&exc_KeyboardInterrupt_type);
    }
    return nb.exc;
}

// Raw-paste mode after "\x05" + cmd + "\x01". Returns 1 for SystemExit,
// -1 at end of input, 0 otherwise.
static int raw_paste(int cmd) {
    if (cmd != 'A') {
        out("R\x00", 2);
        return 0;
    }
    out("R\x01", 2);
    static const char window[3] = {PASTE_WINDOW & 0xFF, PASTE_WINDOW >> 8, 0x01};
    out(window, 3);
    Vstr src;
    vstr_init(&src, PASTE_WINDOW);
    unsigned remain = PASTE_WINDOW;
    for (;;) {
        int c = hal_stdin_read_byte();
        if (c == -1) {
            return -1;
        }
        if (c == -2 || c == RL_CTRL_C) {
            // The host gave up: end of data, and the run reports a
            // KeyboardInterrupt.
            hal_interrupt_pending();
            out("\x04", 1);
            return run_marked(NULL, 0, keyboard_interrupt()) ? 1 : 0;
        }
        if (c == RL_CTRL_D) {
            out("\x04", 1);
            break;
        }
        vstr_add_byte(&src, (char)c);
        if (--remain == 0) {
            out("\x01", 1);
            remain = PASTE_WINDOW;
        }
    }
    return run_marked(src.buf, src.len, VAL_NULL) ? 1 : 0;
}

ReplResult repl_raw(void) {
    for (;;) {
        // (Re)start: the banner, then one command per round.
        readline_puts("raw REPL; CTRL-B to exit\r\n");
        volatile bool restart = false;
        while (!restart) {
            Vstr line;
            NlrBuf nb;
            if (nlr_push(&nb) != 0) {
                // Out of memory holding the command: report it as the run's
                // error so the host sees the markers it waits for.
                out("\x04", 1);
                repl_report(nb.exc);
                out("\x04", 1);
                continue;
            }
            vstr_init(&line, 64);
            readline_puts(">");
            for (;;) {
                int c = hal_stdin_read_byte();
                if (c == -1) {
                    nlr_pop();
                    return REPL_EXIT;
                }
                if (c == -2 || c == RL_CTRL_C) {
                    hal_interrupt_pending();
                    line.len = 0;
                } else if (c == RL_CTRL_A) {
                    if (line.len == 2 && line.buf[0] == RL_CTRL_E) {
                        int r = raw_paste((unsigned char)line.buf[1]);
                        if (r != 0) {
                            nlr_pop();
                            return r > 0 ? REPL_SOFT_REBOOT : REPL_EXIT;
                        }
                        line.len = 0;
                        readline_puts(">");
                        continue;
                    }
                    restart = true;
                    break;
                } else if (c == RL_CTRL_B) {
                    nlr_pop();
                    readline_puts("\r\n");
                    return REPL_TO_FRIENDLY;
                } else if (c == RL_CTRL_D) {
                    break;
                } else {
                    vstr_add_byte(&line, (char)c);
                }
            }
            nlr_pop();
            if (restart) {
                break;
            }
            readline_puts("OK");
            if (line.len == 0) {
                readline_puts("\r\n");
                return REPL_SOFT_REBOOT;
            }
            if (run_marked(line.buf, line.len, VAL_NULL)) {
                return REPL_SOFT_REBOOT;
            }
        }
    }
}
