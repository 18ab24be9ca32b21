// Command-line options that belong to parts of the unix port other than
// main.c: each part recognises its own options.
#ifndef COPPER_PORTS_UNIX_OPTIONS_H
#define COPPER_PORTS_UNIX_OPTIONS_H

#include <stdbool.h>

// If argv[*i] is one of this part's options, consumes it (and its value,
// advancing *i) and returns true; exits with status 2 on a bad value.
bool sim_parse_option(int argc, char **argv, int *i);        // sim.c: --board, --virtual-time, ...
bool workflow_parse_option(int argc, char **argv, int *i);   // workflow.c: --drive, --pty

// The CircuitPython workflow (--drive): boot.py, code.py, REPL, reloads.
bool workflow_requested(void);
int workflow_run(void);

// Usage lines of each part, for `copper --help`.
extern const char sim_usage[];
extern const char workflow_usage[];

#endif
