// Argument-count checks shared by the array, io, hashlib and zlib modules
// (see modargs.h): CPython's METH_NOARGS / METH_O / "expected" messages.
#include <stdint.h>
#include <string.h>
#include "modargs.h"
#include "obj.h"
#include "vm_raise.h"

static const char *short_name(const char *qual) {
    const char *dot = strrchr(qual, '.');
    return dot != NULL ? dot + 1 : qual;
}

void modargs_check(const char *qual, size_t given, size_t mn, size_t mx) {
    if (given >= mn && given <= mx) {
        return;
    }
    if (mn == mx && mn == 0) {
        vm_raise(&exc_TypeError_type, "%s() takes no arguments (%zu given)", qual, given);
    }
    if (mn == mx && mn == 1) {
        vm_raise(&exc_TypeError_type, "%s() takes exactly one argument (%zu given)", qual, given);
    }
    const char *name = short_name(qual);
    if (mn == mx) {
        vm_raise(&exc_TypeError_type, "%s expected %zu arguments, got %zu", name, mn, given);
    }
    if (given < mn) {
        vm_raise(&exc_TypeError_type, "%s expected at least %zu argument%s, got %zu", name, mn,
                 mn == 1 ? "" : "s", given);
    }
    vm_raise(&exc_TypeError_type, "%s expected at most %zu argument%s, got %zu", name, mx,
             mx == 1 ? "" : "s", given);
}

void modargs_check_positional(const char *name, size_t given, size_t n) {
    if (given != n) {
        vm_raise(&exc_TypeError_type, "%s() takes exactly %zu positional argument%s (%zu given)",
                 name, n, n == 1 ? "" : "s", given);
    }
}
