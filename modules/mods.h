// Helpers shared by the standard library modules written in C (math, time,
// random, os, errno, binascii, struct, micropython, collections, json) and
// the one start-up hook they need. Implemented in modules/mods.c.
#ifndef COPPER_MODULES_MODS_H
#define COPPER_MODULES_MODS_H

#include "obj.h"

// Registers the modules' GC roots (the exception classes they create at
// import) and clears them. Must run after gc_init, before any import:
// core_init_all calls it.
void mods_init(void);
// Registers the roots if mods_init was not called (module inits call it
// before storing into mods_roots).
void mods_ensure_roots(void);

// Values the modules keep between calls. Each slot is set by its module's
// import-time init and read by its C functions; all are GC roots.
enum {
    MODS_STRUCT_ERROR,       // struct.error
    MODS_BINASCII_ERROR,     // binascii.Error
    MODS_JSON_DECODE_ERROR,  // json.JSONDecodeError
    MODS_COLLECTIONS,        // the collections module's dict
    MODS_RE_ERROR,           // re.error
    MODS_RE_CACHE,           // re's cache of compiled patterns (a list)
    MODS_DISPLAY_SLOTS,      // busdisplay's display and display bus slots
    MODS_TERMINAL_CONSOLE,   // terminalio's console on a display: (group, Terminal, width, height)
    MODS_ROOT_COUNT
};
extern Value mods_roots[MODS_ROOT_COUNT];

// The int value of an int, a bool or an object with __index__; TypeError
// "'X' object cannot be interpreted as an integer" otherwise. May raise.
Value mods_to_int(Value v);

// A new exception class `name` deriving from `base`, created as a class
// statement in module `modname` would (its repr is <class 'mod.name'>).
// May raise (allocates).
Value mods_new_exc_class(const char *modname, Value name, const Type *base);

// Raises an instance of the exception class in mods_roots[root] with a
// message formatted as vm_raise does.
_Noreturn void mods_raise(int root, const char *fmt, ...);

// Runs the frozen module `frozen_name` (a module's Python half in
// lib/_module_halves/, const code in flash: nothing is compiled) with
// `globals` as globals and locals (the module's dict): how modules define
// their parts written in Python. May raise; ImportError in a build without
// the frozen modules (copper-cross).
void mods_exec_frozen(Value globals, const char *frozen_name);

// A small int as a constant expression (for const tables); i must fit.
#define MODS_SMALL_INT(i) ((Value)(((uintptr_t)(i) << 1) | 1))

// The dict of a module object.
static inline Value mods_globals(Value module) { return ((ModuleObj *)VAL_OBJ(module))->globals; }

#endif
