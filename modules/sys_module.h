// Port-facing parts of the sys module (modules/sys.c).
#ifndef COPPER_MODULES_SYS_MODULE_H
#define COPPER_MODULES_SYS_MODULE_H

void sys_init(void);
// Sets sys.argv from the command line (call before running the program).
void sys_set_argv(int argc, char **argv);

#endif
