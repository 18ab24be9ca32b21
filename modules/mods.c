// Shared helpers of the C standard modules (see mods.h): the GC roots they
// keep, int coercion with __index__, and the creation of the exception
// classes and Python-written parts they define at import.
#include <string.h>
#include "mods.h"
#include "compile.h"
#include "frozen.h"
#include "gc.h"
#include "print.h"
#include "vm.h"
#include "vm_raise.h"

Value mods_roots[MODS_ROOT_COUNT];
static bool roots_registered;

void mods_init(void) {
    for (size_t i = 0; i < MODS_ROOT_COUNT; i++) {
        mods_roots[i] = VAL_NULL;
    }
    gc_add_root(mods_roots, sizeof(mods_roots));
    roots_registered = true;
}

void mods_ensure_roots(void) {
    if (!roots_registered) {
        gc_add_root(mods_roots, sizeof(mods_roots));
        roots_registered = true;
    }
}

Value mods_to_int(Value v) {
    Value r = int_coerce(v);
    if (r != VAL_NULL) {
        return r;
    }
    if (!is_type(v, &float_type) && !val_is_str(v)) {
        r = obj_call_method_opt(v, NAME(__index__), 0, NULL);
        if (r != VAL_NULL) {
            Value i = int_coerce(r);
            if (i == VAL_NULL) {
                vm_raise(&exc_TypeError_type, "__index__ returned non-int (type %s)",
                         type_name_cstr(type_of(r)));
            }
            return i;
        }
    }
    vm_raise(&exc_TypeError_type, "'%s' object cannot be interpreted as an integer",
             type_name_cstr(type_of(v)));
}

Value mods_new_exc_class(const char *modname, Value name, const Type *base) {
    Value b = OBJ_VAL(base);
    Value bases = tuple_new(1, &b);
    Value ns = dict_new();
    dict_set(ns, NAME(__module__), str_new_cstr(modname));
    dict_set(ns, NAME(__qualname__), name);
    return type_new_class(name, bases, ns);
}

void mods_raise(int root, const char *fmt, ...) {
    Vstr v;
    vstr_init(&v, 64);
    va_list ap;
    va_start(ap, fmt);
    vstr_vprintf(&v, fmt, ap);
    va_end(ap);
    Value msg = vstr_to_str(&v);
    vm_raise_obj(obj_call(mods_roots[root], 1, &msg, VAL_NULL));
}

void mods_exec_frozen(Value globals, const char *frozen_name) {
    const FrozenModule *f = frozen_find(frozen_name, strlen(frozen_name));
    if (f == NULL) {
        vm_raise(&exc_ImportError_type, "no frozen module %s", frozen_name);
    }
    vm_exec(OBJ_VAL(f->code), globals, globals);
}
