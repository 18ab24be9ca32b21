// The CircuitPython workflow's state machine (core/supervisor.c): boot.py,
// code.py, the REPL, reloads, safe mode. Ports call supervisor_main();
// modules (supervisor, microcontroller, storage) call the rest.
#ifndef COPPER_CORE_SUPERVISOR_H
#define COPPER_CORE_SUPERVISOR_H

// microcontroller.reset(): stops the program and restarts start-up
// (boot.py, then code.py). Without a supervisor the program exits.
_Noreturn void supervisor_reset(void);

#endif
