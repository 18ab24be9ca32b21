// Argument-count checks with CPython's wording for the methods of the types
// the array, io, hashlib and zlib modules define. Those types are not in the
// core's table of known method owners (runtime_call.c), so their methods are
// registered with open-ended counts and check their arguments here.
#ifndef COPPER_MODULES_MODARGS_H
#define COPPER_MODULES_MODARGS_H

#include <stddef.h>

// Raises TypeError unless mn <= given <= mx (mx SIZE_MAX: no maximum).
// `qual` is the method's qualified name ("array.append"); CPython's
// messages use it for methods taking no or exactly one argument, and the
// part after the last dot for the others ("pop expected at most 1 argument,
// got 2"). `given` does not count self.
void modargs_check(const char *qual, size_t given, size_t mn, size_t mx);

// TypeError "NAME() takes exactly N positional argument(s) (G given)": the
// Argument Clinic wording of methods such as array.extend.
void modargs_check_positional(const char *name, size_t given, size_t n);

#endif
