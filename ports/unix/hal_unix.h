// Host-only set-up of the unix HAL (signals, console buffering).
#ifndef COPPER_PORTS_UNIX_HAL_UNIX_H
#define COPPER_PORTS_UNIX_HAL_UNIX_H

void hal_unix_init(void);

#endif
