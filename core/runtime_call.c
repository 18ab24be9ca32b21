// Calling built-in functions (builtin_function_type): the argument count
// and keyword checks with CPython's messages. A BuiltinFn that sits in a
// built-in type's attrs table is a method (args[0] is self); on the error
// path the owner is found by scanning the known types, so messages count
// arguments as the user wrote them and name the method as "list.append()".
#include "runtime.h"
#include "obj_file.h"
#include "print.h"
#include "vm_raise.h"

static const Type *const known_types[] = {
    &object_type, &type_type, &int_type, &bool_type, &float_type, &str_type, &bytes_type,
    &bytearray_type, &tuple_type, &list_type, &dict_type, &set_type, &frozenset_type,
    &range_type, &slice_type, &property_type, &super_type, &dict_keys_type,
    &dict_values_type, &dict_items_type, &generator_type, &module_type, &function_type,
    &exc_BaseException_type, &exc_OSError_type, &exc_StopIteration_type,
    &textio_type, &bufreader_type, &bufwriter_type, &classmethod_type, &staticmethod_type,
};

// The built-in type whose attrs table holds `fn`, or NULL for a function.
static const Type *builtin_owner(const BuiltinFn *fn) {
    Value v = OBJ_VAL(fn);
    for (size_t i = 0; i < sizeof(known_types) / sizeof(known_types[0]); i++) {
        const Type *t = known_types[i];
        for (size_t j = 0; j < t->nattrs; j++) {
            Value a = t->attrs[j].value;
            if (a == v) {
                return t;
            }
        }
    }
    return NULL;
}

bool builtin_is_method(Value fn) {
    return builtin_is_wrapper(fn) || builtin_owner((const BuiltinFn *)VAL_OBJ(fn)) != NULL;
}

static Value qualified_name(const BuiltinFn *f, const Type *owner) {
    if (owner != NULL) {
        return str_printf("%s.%s", type_name_cstr(owner), str_cstr(f->name));
    }
    return f->name;
}

_Noreturn void builtin_raise_count(const BuiltinFn *f, size_t nargs) {
    const Type *owner = builtin_owner(f);
    size_t skip = owner != NULL ? 1 : 0;
    size_t mn = f->min_args >= skip ? f->min_args - skip : 0;
    size_t mx = f->max_args == FN_UNLIMITED ? (size_t)-1 : f->max_args - skip;
    size_t given = nargs >= skip ? nargs - skip : 0;
    const char *name = str_cstr(f->name);
    if (mn == mx && mn <= 1) {
        vm_raise(&exc_TypeError_type, "%s() takes %s (%zu given)",
                 str_cstr(qualified_name(f, owner)),
                 mn == 1 ? "exactly one argument" : "no arguments", given);
    }
    if (mn == mx) {
        vm_raise(&exc_TypeError_type, "%s expected %zu argument%s, got %zu", name, mn,
                 mn == 1 ? "" : "s", given);
    }
    if (given < mn) {
        vm_raise(&exc_TypeError_type, "%s expected at least %zu argument%s, got %zu", name, mn,
                 mn == 1 ? "" : "s", given);
    }
    vm_raise(&exc_TypeError_type, "%s expected at most %zu argument%s, got %zu", name, mx,
             mx == 1 ? "" : "s", given);
}

Value builtin_call(Value self, size_t nargs, const Value *args, Value kwnames) {
    const BuiltinFn *f = (const BuiltinFn *)VAL_OBJ(self);
    if (f->kind == FN_KW) {
        size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
        if (nargs + nkw < f->min_args && nkw == 0) {
            builtin_raise_count(f, nargs);
        }
        if (f->max_args != FN_UNLIMITED && nargs > f->max_args) {
            builtin_raise_count(f, nargs);
        }
        return f->fn.kw(nargs, args, kwnames);
    }
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len != 0) {
        vm_raise(&exc_TypeError_type, "%s() takes no keyword arguments",
                 str_cstr(qualified_name(f, builtin_owner(f))));
    }
    if (nargs < f->min_args || (f->max_args != FN_UNLIMITED && nargs > f->max_args)) {
        builtin_raise_count(f, nargs);
    }
    return f->fn.pos(nargs, args);
}

static Value builtin_repr(Value self) {
    const BuiltinFn *f = (const BuiltinFn *)VAL_OBJ(self);
    const Type *owner = builtin_owner(f);
    if (owner != NULL) {
        return str_printf("<method '%s' of '%s' objects>", str_cstr(f->name), type_name_cstr(owner));
    }
    return str_printf("<built-in function %s>", str_cstr(f->name));
}

static Value builtin_getattr(Value self, Value name) {
    const BuiltinFn *f = (const BuiltinFn *)VAL_OBJ(self);
    if (name == NAME(__name__)) {
        return f->name;
    }
    if (name == NAME(__qualname__)) {
        return qualified_name(f, builtin_owner(f));
    }
    if (name == NAME(__doc__)) {
        return VAL_NONE;
    }
    if (name == NAME(__module__)) {
        return builtin_owner(f) == NULL ? NAME(builtins) : VAL_NONE;
    }
    if (name == NAME(__self__)) {
        return VAL_NONE;
    }
    return VAL_NULL;
}

const Type builtin_function_type = {
    .base = {&type_type},
    .name = NAME(builtin_function_or_method),
    .base_type = &object_type,
    .call = builtin_call,
    .repr = builtin_repr,
    .getattr = builtin_getattr,
};

// --- bound built-in methods ------------------------------------------------------

// [].append: a BuiltinFn bound to its self. Same layout as a bound method;
// its own type so that type() and repr() read as CPython's.
static Value builtin_method_call(Value self, size_t nargs, const Value *args, Value kwnames) {
    BoundMethodObj *m = (BoundMethodObj *)VAL_OBJ(self);
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    size_t total = nargs + nkw + 1;
    Value buf[8];
    Value *all = total <= 8 ? buf : (Value *)gc_alloc(total * sizeof(Value), false);
    all[0] = m->self;
    for (size_t i = 0; i < nargs + nkw; i++) {
        all[i + 1] = args[i];
    }
    return builtin_call(m->func, nargs + 1, all, kwnames);
}

static Value builtin_method_repr(Value self) {
    BoundMethodObj *m = (BoundMethodObj *)VAL_OBJ(self);
    const BuiltinFn *f = (const BuiltinFn *)VAL_OBJ(m->func);
    return str_printf("<built-in method %s of %s object at %p>", str_cstr(f->name),
                      val_type_name(m->self), (void *)VAL_OBJ(m->self));
}

static Value builtin_method_getattr(Value self, Value name) {
    BoundMethodObj *m = (BoundMethodObj *)VAL_OBJ(self);
    if (name == NAME(__self__)) {
        return m->self;
    }
    return builtin_getattr(m->func, name);
}

static Value builtin_method_compare(int op, Value a, Value b) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, type_of(a))) {
        return VAL_NULL;
    }
    BoundMethodObj *x = (BoundMethodObj *)VAL_OBJ(a), *y = (BoundMethodObj *)VAL_OBJ(b);
    bool eq = x->func == y->func && x->self == y->self;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static Value builtin_method_hash(Value self) {
    BoundMethodObj *m = (BoundMethodObj *)VAL_OBJ(self);
    return val_from_small_int((intptr_t)((m->self ^ m->func) >> 4));
}

static const Type builtin_method_type = {
    .base = {&type_type},
    .name = NAME(builtin_function_or_method),
    .base_type = &object_type,
    .call = builtin_method_call,
    .repr = builtin_method_repr,
    .hash = builtin_method_hash,
    .compare = builtin_method_compare,
    .getattr = builtin_method_getattr,
};

Value builtin_method_new(Value self, Value fn) {
    BoundMethodObj *m = (BoundMethodObj *)gc_alloc_obj(sizeof(BoundMethodObj), &builtin_method_type);
    m->self = self;
    m->func = fn;
    return OBJ_VAL(m);
}
