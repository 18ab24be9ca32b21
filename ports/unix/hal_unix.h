// Host-only set-up of the unix HAL (signals, console buffering).
#ifndef COPPER_PORTS_UNIX_HAL_UNIX_H
#define COPPER_PORTS_UNIX_HAL_UNIX_H

#include <stdbool.h>

void hal_unix_init(void);
// Fuzzing: silence the console, refuse file access, and raise
// KeyboardInterrupt after `budget` interrupt checks (backward jumps, calls)
// or one second, whichever comes first.
void hal_unix_fuzz_mode(long budget);
bool hal_unix_fuzzing(void);
// True while a Ctrl-C is pending (without consuming it, unlike
// hal_interrupt_pending).
bool hal_unix_interrupt_seen(void);

// The console (console.c). console_use_fds: the console becomes these file
// descriptors (a pty master for --pty; Ctrl-C as byte 0x03 interrupts a
// running program). console_set_cooked: LF -> CR LF on output (board mode).
// console_repl: the host prompt (a terminal is put in raw mode and
// restored); returns the exit status.
void console_use_fds(int in, int out);
void console_set_cooked(bool on);
int console_repl(void);
// console_write_status_bar: a status-bar title to the serial console, the
// display's console, or both (the supervisor's write_status_bar).
void console_write_status_bar(const char *data, size_t len, bool serial, bool display);

#endif
