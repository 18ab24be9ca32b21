// What the rest of the core may ask the import system about modules
// (import.c, obj_module.c).
#ifndef COPPER_CORE_VM_MODULE_H
#define COPPER_CORE_VM_MODULE_H

#include "obj.h"

// True while the module's code is still running (it is being imported):
// AttributeError messages then say "partially initialized module 'm' has
// no attribute 'x' (most likely due to a circular import)", as CPython.
bool vm_module_initializing(Value module);

#endif
