// The simulated board: board selection, options, the clock, pin state.
#include <stdlib.h>
#include <string.h>
#include "options.h"
#include "sim.h"

SimOptions sim_options;

const char sim_usage[] = "       copper --board ID [--virtual-time] [--run-for 10s] FILE.py\n";

bool sim_parse_option(int argc, char **argv, int *i) {
    (void)argc;
    (void)argv;
    (void)i;
    return false;
}

void sim_start(void) {}

void sim_finish(void) {}
