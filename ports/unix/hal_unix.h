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

#endif
