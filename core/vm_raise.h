// Raising Python exceptions from C. Every function here longjmps to the
// innermost NlrBuf (nlr.h) and never returns.
//
// Message formats take printf-like directives, rendered by vstr_vprintf
// (print.h): %s %d %u %ld %lu %zu %zd %c %x %% for C values, and for
// Values %S (str()), %R (repr()) and %T (the type's name).
#ifndef COPPER_CORE_VM_RAISE_H
#define COPPER_CORE_VM_RAISE_H

#include "value.h"

struct Type;
_Noreturn void vm_raise(const struct Type *type, const char *fmt, ...);
// Raise `type` with no arguments (e.g. StopIteration()).
_Noreturn void vm_raise_noargs(const struct Type *type);
// Raise an exception instance, or a class (instantiated with no arguments).
_Noreturn void vm_raise_obj(Value exc);
// MemoryError from the pre-allocated instance: never allocates.
_Noreturn void vm_raise_memory_error(void);
// Common TypeErrors with CPython's wording.
_Noreturn void vm_raise_unsupported_binop(const char *op, Value a, Value b);

#endif
