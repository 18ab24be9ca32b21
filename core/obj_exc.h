// Exceptions (obj_exc.c): what the rest of the core needs beyond obj.h's
// exc_new/exc_new_msg/exc_get.
#ifndef COPPER_CORE_OBJ_EXC_H
#define COPPER_CORE_OBJ_EXC_H

#include "obj.h"

// The pre-allocated MemoryError instance (never allocates). Its traceback,
// context and cause are whatever the last raise left; the raiser resets them.
Value exc_memory_error_instance(void);

// True if `t` is an exception class (BaseException or a subclass).
bool exc_type_check(const Type *t);

// Registers obj_exc.c's static objects with the GC (called by runtime_init).
void exc_init(void);

#endif
