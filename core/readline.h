// The REPL's line editor (core/readline.c): reads one line from the console
// with echo, cursor movement, history, Tab completion and auto-indent, or
// (plain mode, for piped input on a host) without any of them. It talks to
// the console only through hal.h, so it serves a terminal, a pty and a
// board's UART alike (VT100 escape sequences on the output side).
#ifndef COPPER_CORE_READLINE_H
#define COPPER_CORE_READLINE_H

#include <stdbool.h>
#include <stddef.h>
#include "print.h"

#define RL_CTRL_A 1
#define RL_CTRL_B 2
#define RL_CTRL_C 3
#define RL_CTRL_D 4
#define RL_CTRL_E 5

// What readline_read() returns.
#define RL_LINE 0    // a line was entered (Enter)
#define RL_EOF (-1)  // end of input
// ... or RL_CTRL_A..RL_CTRL_E: that key on an empty line (Ctrl-C also on a
// non-empty one: the line is cancelled).

// Flags for readline_read().
#define RL_EDIT 1        // echo and edit (else plain: read up to '\n')
#define RL_CONT 2        // a continuation line: auto-indent from the previous line

// Appends one line (without its newline) to `buf`; the bytes already in
// `buf` are the previous lines of the statement (for auto-indent and
// completion context they are not redrawn). `prompt` is written first.
// May raise MemoryError (the caller drops the input).
int readline_read(Vstr *buf, const char *prompt, unsigned flags);

// Writes a string to the console.
void readline_puts(const char *s);

#endif
