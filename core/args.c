// Argument parsing for built-in functions that take keywords (FN_KW) and
// argument-count checks, with CPython 3.11's TypeError messages.
#include "obj.h"
#include "vm_raise.h"

static const char *plural(size_t n) { return n == 1 ? "" : "s"; }

void args_check_count(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) {
        return;
    }
    if (min == max && min <= 1) {
        vm_raise(&exc_TypeError_type, "%s() takes %s (%zu given)", fname,
                 min == 1 ? "exactly one argument" : "no arguments", nargs);
    }
    if (min == max) {
        vm_raise(&exc_TypeError_type, "%s expected %zu argument%s, got %zu", fname, min,
                 plural(min), nargs);
    }
    if (nargs < min) {
        vm_raise(&exc_TypeError_type, "%s expected at least %zu argument%s, got %zu", fname, min,
                 plural(min), nargs);
    }
    vm_raise(&exc_TypeError_type, "%s expected at most %zu argument%s, got %zu", fname, max,
             plural(max), nargs);
}

void args_no_kw(const char *fname, Value kwnames) {
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len != 0) {
        vm_raise(&exc_TypeError_type, "%s() takes no keyword arguments", fname);
    }
}

void args_parse(const char *fname, size_t nargs, const Value *args, Value kwnames, size_t nspec,
                const ArgSpec *spec, Value *out) {
    size_t npos = 0, nreq = 0;
    for (size_t i = 0; i < nspec; i++) {
        if (!spec[i].kw_only) {
            npos++;
            if (spec[i].required) {
                nreq++;
            }
        }
        out[i] = VAL_NULL;
    }
    if (nargs > npos) {
        if (npos == 0) {
            vm_raise(&exc_TypeError_type, "%s() takes no positional arguments", fname);
        }
        vm_raise(&exc_TypeError_type, "%s() takes %s %zu argument%s (%zu given)", fname,
                 nreq == npos ? "exactly" : "at most", npos, plural(npos), nargs);
    }
    for (size_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value name = val_tuple(kwnames)->items[k];
        size_t i = 0;
        while (i < nspec && spec[i].name != name && !str_equal(spec[i].name, name)) {
            i++;
        }
        if (i == nspec) {
            vm_raise(&exc_TypeError_type, "'%s' is an invalid keyword argument for %s()",
                     str_cstr(name), fname);
        }
        if (out[i] != VAL_NULL) {
            if (i < nargs) {
                vm_raise(&exc_TypeError_type,
                         "argument for %s() given by name ('%s') and position (%zu)", fname,
                         str_cstr(name), i + 1);
            }
            vm_raise(&exc_TypeError_type, "%s() got multiple values for argument '%s'", fname,
                     str_cstr(name));
        }
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < nspec; i++) {
        if (out[i] != VAL_NULL) {
            continue;
        }
        if (spec[i].required) {
            if (spec[i].kw_only) {
                vm_raise(&exc_TypeError_type, "%s() missing required keyword-only argument '%s'",
                         fname, str_cstr(spec[i].name));
            }
            vm_raise(&exc_TypeError_type, "%s() missing required argument '%s' (pos %zu)", fname,
                     str_cstr(spec[i].name), i + 1);
        }
        out[i] = spec[i].dflt;
    }
}
