// The builtin functions, defined across builtins*.c and gathered into the
// `builtins` module table (module_builtins) in builtins.c.
#ifndef COPPER_CORE_BUILTINS_H
#define COPPER_CORE_BUILTINS_H

#include "obj.h"

#define BUILTIN_LIST(X)                                                                   \
    X(abs) X(all) X(any) X(ascii) X(bin) X(callable) X(chr) X(compile) X(delattr) X(dir)   \
    X(divmod) X(eval) X(exec) X(format) X(getattr) X(globals) X(hasattr) X(hash) X(hex) X(id)      \
    X(input) X(isinstance) X(issubclass) X(iter) X(len) X(locals) X(max) X(min) X(next)  \
    X(oct) X(open) X(ord) X(pow) X(print) X(repr) X(round) X(setattr) X(sorted) X(sum)   \
    X(vars) X(__import__)

#define BUILTIN_DECLARE(n) extern const BuiltinFn builtin_##n##_obj;
BUILTIN_LIST(BUILTIN_DECLARE)
#undef BUILTIN_DECLARE

extern const BuiltinFn builtin_build_class_obj;   // __build_class__ (obj_type.c)

// isinstance(v, cls) where cls may be a type or a tuple of them (recursive);
// TypeError for anything else. Used by the VM's except matching too.
bool builtin_isinstance_check(Value v, Value cls);

#endif
