// The embedding API: what a port calls to start Copper and run programs.
// Each run function catches everything the program raises, prints the
// traceback to stderr as CPython does, and returns the process exit status
// (0; 1 for an uncaught exception; the code of SystemExit; 130 for an
// uncaught KeyboardInterrupt).
#ifndef COPPER_CORE_COPPER_H
#define COPPER_CORE_COPPER_H

#include <stddef.h>

// `heap`: the one block of RAM for all Python objects. `stack_top`: the
// address of a local in the port's outermost frame (for the GC's scan).
void copper_init(void *heap, size_t heap_size, void *stack_top);
// Starts the core afresh on the same heap (a soft reboot: every object is gone).
void copper_reinit(void);
int copper_run_file(const char *path);
int copper_run_string(const char *src, size_t len);
int copper_run_module(const char *name);
// Compiles a file and prints its bytecode (copper --dis).
int copper_disassemble_file(const char *path);
// copper-cross: compiles a file into a .cpy image for a target whose small
// ints have `small_int_bits` bits (31 on 32-bit boards); tracebacks will
// name it `display_name` (NULL: src_path).
int copper_precompile(const char *src_path, const char *out_path, const char *display_name, int small_int_bits);
// The interactive prompt on the console until end of input or exit().
int copper_repl(void);

#endif
