// The `builtins` module: its const table of every builtin function, type,
// exception and constant of Python 3.11 that Copper has, and the simple
// builtin functions (attribute access, type checks, conversions). The
// iteration, numeric and I/O builtins are in builtins_func.c.
#include "builtins.h"
#include "module_table.h"
#include "nlr.h"
#include "obj_complex.h"
#include "obj_int.h"
#include "obj_memoryview.h"
#include "obj_memoryview.h"
#include "obj_str.h"
#include "print.h"
#include "runtime.h"
#include "vm.h"
#include "vm_raise.h"

// --- conversions -------------------------------------------------------------------

static Value abs_m(size_t n, const Value *a) {
    (void)n;
    return obj_unary_op(UNOP_ABS, a[0]);
}
BUILTIN_FN(builtin_abs_obj, abs, 1, 1, abs_m);

static Value ascii_m(size_t n, const Value *a) {
    (void)n;
    return str_ascii(a[0]);
}
BUILTIN_FN(builtin_ascii_obj, ascii, 1, 1, ascii_m);

static Value repr_m(size_t n, const Value *a) {
    (void)n;
    return obj_repr(a[0]);
}
BUILTIN_FN(builtin_repr_obj, repr, 1, 1, repr_m);

// The int value of v for bin/oct/hex (__index__).
static Value index_value(Value v) {
    Value i = int_coerce(obj_native(v));
    if (i != VAL_NULL) {
        return i;
    }
    Value r = call_special_opt(v, NAME(__index__), 0, NULL);
    if (r == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'%s' object cannot be interpreted as an integer",
                 val_type_name(v));
    }
    i = int_coerce(obj_native(r));
    if (i == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "__index__ returned non-int (type %s)", val_type_name(r));
    }
    return i;
}

static Value int_prefixed(Value v, int base, const char *prefix) {
    v = index_value(v);
    Vstr s;
    vstr_init(&s, 24);
    if (int_sign(v) < 0) {
        vstr_add_byte(&s, '-');
        v = int_neg(v);
    }
    vstr_add_cstr(&s, prefix);
    vstr_add_value_str(&s, int_to_str(v, base));
    return vstr_to_str(&s);
}

static Value bin_m(size_t n, const Value *a) {
    (void)n;
    return int_prefixed(a[0], 2, "0b");
}
BUILTIN_FN(builtin_bin_obj, bin, 1, 1, bin_m);

static Value oct_m(size_t n, const Value *a) {
    (void)n;
    return int_prefixed(a[0], 8, "0o");
}
BUILTIN_FN(builtin_oct_obj, oct, 1, 1, oct_m);

static Value hex_m(size_t n, const Value *a) {
    (void)n;
    return int_prefixed(a[0], 16, "0x");
}
BUILTIN_FN(builtin_hex_obj, hex, 1, 1, hex_m);

static Value chr_m(size_t n, const Value *a) {
    (void)n;
    Value v = index_value(a[0]);
    int64_t i;
    if (!int_to_i64(v, &i)) {
        vm_raise(&exc_OverflowError_type, "Python int too large to convert to C int");
    }
    if (i < 0 || i > 0x10FFFF) {
        vm_raise(&exc_ValueError_type, "chr() arg not in range(0x110000)");
    }
    return str_from_char((uint32_t)i);
}
BUILTIN_FN(builtin_chr_obj, chr, 1, 1, chr_m);

static Value ord_m(size_t n, const Value *a) {
    (void)n;
    Value v = obj_native(a[0]);
    if (val_is_str(v)) {
        StrObj *s = val_str(v);
        if (s->charlen != 1) {
            vm_raise(&exc_TypeError_type,
                     "ord() expected a character, but string of length %zu found",
                     (size_t)s->charlen);
        }
        size_t len;
        return val_from_small_int((intptr_t)utf8_get((const uint8_t *)s->data, &len));
    }
    const uint8_t *data;
    size_t len;
    if (obj_get_buffer(v, &data, &len) && (is_type(v, &bytes_type) || is_type(v, &bytearray_type))) {
        if (len != 1) {
            vm_raise(&exc_TypeError_type,
                     "ord() expected a character, but string of length %zu found", len);
        }
        return val_from_small_int(data[0]);
    }
    vm_raise(&exc_TypeError_type, "ord() expected string of length 1, but %s found",
             val_type_name(a[0]));
}
BUILTIN_FN(builtin_ord_obj, ord, 1, 1, ord_m);

static Value format_m(size_t n, const Value *a) {
    Value spec = n > 1 ? a[1] : NAME(empty);
    if (!obj_isinstance(spec, &str_type)) {
        vm_raise(&exc_TypeError_type, "format() argument 2 must be str, not %s",
                 val_type_name(spec));
    }
    return obj_format(a[0], obj_native(spec));
}
BUILTIN_FN(builtin_format_obj, format, 1, 2, format_m);

static Value hash_m(size_t n, const Value *a) {
    (void)n;
    return int_from_i64((int64_t)(intptr_t)obj_hash(a[0]));
}
BUILTIN_FN(builtin_hash_obj, hash, 1, 1, hash_m);

static Value id_m(size_t n, const Value *a) {
    (void)n;
    return int_from_u64((uint64_t)a[0]);
}
BUILTIN_FN(builtin_id_obj, id, 1, 1, id_m);

static Value len_m(size_t n, const Value *a) {
    (void)n;
    return val_from_small_int((intptr_t)obj_len(a[0]));
}
BUILTIN_FN(builtin_len_obj, len, 1, 1, len_m);

static Value callable_m(size_t n, const Value *a) {
    (void)n;
    return val_bool(obj_callable(a[0]));
}
BUILTIN_FN(builtin_callable_obj, callable, 1, 1, callable_m);

// --- attributes ----------------------------------------------------------------------

static Value getattr_m(size_t n, const Value *a) {
    if (n == 2) {
        return obj_getattr(a[0], a[1]);
    }
    Value name = attr_name(a[1]);
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value r = obj_getattr_opt(a[0], name);
        nlr_pop();
        return r != VAL_NULL ? r : a[2];
    }
    if (obj_isinstance(nb.exc, &exc_AttributeError_type)) {
        return a[2];
    }
    nlr_jump(nb.exc);
}
BUILTIN_FN(builtin_getattr_obj, getattr, 2, 3, getattr_m);

static Value hasattr_m(size_t n, const Value *a) {
    (void)n;
    Value name = attr_name(a[1]);
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value r = obj_getattr_opt(a[0], name);
        nlr_pop();
        return val_bool(r != VAL_NULL);
    }
    if (obj_isinstance(nb.exc, &exc_AttributeError_type)) {
        return VAL_FALSE;
    }
    nlr_jump(nb.exc);
}
BUILTIN_FN(builtin_hasattr_obj, hasattr, 2, 2, hasattr_m);

static Value setattr_m(size_t n, const Value *a) {
    (void)n;
    obj_setattr(a[0], a[1], a[2]);
    return VAL_NONE;
}
BUILTIN_FN(builtin_setattr_obj, setattr, 3, 3, setattr_m);

static Value delattr_m(size_t n, const Value *a) {
    (void)n;
    obj_delattr(a[0], a[1]);
    return VAL_NONE;
}
BUILTIN_FN(builtin_delattr_obj, delattr, 2, 2, delattr_m);

static Value sorted_list(Value iterable) {
    Value l = list_from_iter(iterable);
    list_sort(l, VAL_NONE, false);
    return l;
}

static Value dir_m(size_t n, const Value *a) {
    if (n == 0) {
        Value loc = vm_current_locals();
        Value keys = list_new_empty();
        size_t pos = 0;
        Value k, v;
        while (dict_next(loc, &pos, &k, &v)) {
            list_append(keys, k);
        }
        list_sort(keys, VAL_NONE, false);
        return keys;
    }
    Value o = a[0];
    // Modules too: module.__dir__ lists a C module's ROM names (and PEP 562's __dir__).
    Value r = call_special_opt(o, NAME(__dir__), 0, NULL);
    if (r == VAL_NULL) {
        r = list_new_empty();
    }
    return sorted_list(r);
}
BUILTIN_FN(builtin_dir_obj, dir, 0, 1, dir_m);

static Value vars_m(size_t n, const Value *a) {
    if (n == 0) {
        return vm_current_locals();
    }
    Value r = VAL_NULL;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        r = obj_getattr(a[0], NAME(__dict__));
        nlr_pop();
    } else if (!obj_isinstance(nb.exc, &exc_AttributeError_type)) {
        nlr_jump(nb.exc);
    }
    if (r == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "vars() argument must have __dict__ attribute");
    }
    return r;
}
BUILTIN_FN(builtin_vars_obj, vars, 0, 1, vars_m);

static Value globals_m(size_t n, const Value *a) {
    (void)n;
    (void)a;
    return vm_current_globals();
}
BUILTIN_FN(builtin_globals_obj, globals, 0, 0, globals_m);

static Value locals_m(size_t n, const Value *a) {
    (void)n;
    (void)a;
    return vm_current_locals();
}
BUILTIN_FN(builtin_locals_obj, locals, 0, 0, locals_m);

// --- isinstance / issubclass ---------------------------------------------------------

// The __instancecheck__/__subclasscheck__ of a metaclass written in Python.
static Value meta_hook(Value cls, Value name, Value arg) {
    const Type *meta = type_of(cls);
    if (!type_is_heap(meta)) {
        return VAL_NULL;
    }
    const Type *owner;
    Value m = type_lookup_owner(meta, name, &owner);
    if (m == VAL_NULL || !type_is_heap(owner)) {
        return VAL_NULL;
    }
    return val_bool(obj_truthy(call_special(m, owner, cls, 1, &arg)));
}

static bool isinstance_rec(Value v, Value cls, int depth) {
    if (val_is_type(cls)) {
        if (obj_isinstance(v, val_as_type(cls))) {
            return true;
        }
        Value r = meta_hook(cls, NAME(__instancecheck__), v);
        return r == VAL_TRUE;
    }
    if (is_type(cls, &tuple_type) && depth < 100) {
        TupleObj *t = val_tuple(cls);
        for (size_t i = 0; i < t->len; i++) {
            if (isinstance_rec(v, t->items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
    Value args = obj_getattr_opt(cls, NAME(__args__));
    if (args != VAL_NULL && is_type(args, &tuple_type) && obj_getattr_opt(cls, NAME(__origin__)) == VAL_NONE) {
        return isinstance_rec(v, args, depth + 1);
    }
    vm_raise(&exc_TypeError_type, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool builtin_isinstance_check(Value v, Value cls) { return isinstance_rec(v, cls, 0); }

static Value isinstance_m(size_t n, const Value *a) {
    (void)n;
    return val_bool(isinstance_rec(a[0], a[1], 0));
}
BUILTIN_FN(builtin_isinstance_obj, isinstance, 2, 2, isinstance_m);

static bool issubclass_rec(Value c, Value cls, int depth) {
    if (val_is_type(cls)) {
        if (type_is_subtype(val_as_type(c), val_as_type(cls))) {
            return true;
        }
        return meta_hook(cls, NAME(__subclasscheck__), c) == VAL_TRUE;
    }
    if (is_type(cls, &tuple_type) && depth < 100) {
        TupleObj *t = val_tuple(cls);
        for (size_t i = 0; i < t->len; i++) {
            if (issubclass_rec(c, t->items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
    Value args = obj_getattr_opt(cls, NAME(__args__));
    if (args != VAL_NULL && is_type(args, &tuple_type) && obj_getattr_opt(cls, NAME(__origin__)) == VAL_NONE) {
        return issubclass_rec(c, args, depth + 1);
    }
    vm_raise(&exc_TypeError_type, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

static Value issubclass_m(size_t n, const Value *a) {
    (void)n;
    if (!val_is_type(a[0])) {
        vm_raise(&exc_TypeError_type, "issubclass() arg 1 must be a class");
    }
    return val_bool(issubclass_rec(a[0], a[1], 0));
}
BUILTIN_FN(builtin_issubclass_obj, issubclass, 2, 2, issubclass_m);

// --- divmod ------------------------------------------------------------------------

static Value divmod_m(size_t n, const Value *a) {
    (void)n;
    Value x = a[0], y = a[1];
    const Type *tx = type_of(x), *ty = type_of(y);
    if (type_is_heap(tx) || type_is_heap(ty)) {
        bool right_first = tx != ty && type_is_subtype(ty, tx);
        Value r = VAL_NULL;
        if (right_first) {
            r = call_special_opt(y, NAME(__rdivmod__), 1, &x);
        }
        if (r == VAL_NULL || r == VAL_NOTIMPL) {
            r = call_special_opt(x, NAME(__divmod__), 1, &y);
        }
        if ((r == VAL_NULL || r == VAL_NOTIMPL) && !right_first && tx != ty) {
            r = call_special_opt(y, NAME(__rdivmod__), 1, &x);
        }
        if (r != VAL_NULL && r != VAL_NOTIMPL) {
            return r;
        }
        x = obj_native(x);
        y = obj_native(y);
    }
    bool xnum = int_coerce(x) != VAL_NULL || is_type(x, &float_type);
    bool ynum = int_coerce(y) != VAL_NULL || is_type(y, &float_type);
    if (!xnum || !ynum) {
        vm_raise(&exc_TypeError_type, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                 val_type_name(a[0]), val_type_name(a[1]));
    }
    if (int_coerce(x) != VAL_NULL && int_coerce(y) != VAL_NULL) {
        return int_divmod(int_coerce(x), int_coerce(y));
    }
    double dy;
    if (obj_to_double(y, &dy) && dy == 0.0) {
        vm_raise(&exc_ZeroDivisionError_type, "float divmod()");
    }
    Value items[2] = {obj_binary_op(BINOP_FLOORDIV, x, y), obj_binary_op(BINOP_MOD, x, y)};
    return tuple_new(2, items);
}
BUILTIN_FN(builtin_divmod_obj, divmod, 2, 2, divmod_m);

// --- all / any -------------------------------------------------------------------------

static Value all_m(size_t n, const Value *a) {
    (void)n;
    Value it = obj_getiter(a[0]);
    for (Value x; (x = obj_iternext(it)) != VAL_NULL;) {
        if (!obj_truthy(x)) {
            return VAL_FALSE;
        }
    }
    return VAL_TRUE;
}
BUILTIN_FN(builtin_all_obj, all, 1, 1, all_m);

static Value any_m(size_t n, const Value *a) {
    (void)n;
    Value it = obj_getiter(a[0]);
    for (Value x; (x = obj_iternext(it)) != VAL_NULL;) {
        if (obj_truthy(x)) {
            return VAL_TRUE;
        }
    }
    return VAL_FALSE;
}
BUILTIN_FN(builtin_any_obj, any, 1, 1, any_m);

// --- the module table ------------------------------------------------------------------

#define T(n, t) {NAME(n), OBJ_VAL(&t)},
#define F(n) {NAME(n), OBJ_VAL(&builtin_##n##_obj)},

static const AttrEntry builtins_globals[] = {
    {NAME(__name__), NAME(builtins)},
    {NAME(__doc__), VAL_NONE},
    {NAME(None), VAL_NONE},
    {NAME(True), VAL_TRUE},
    {NAME(False), VAL_FALSE},
    {NAME(Ellipsis), VAL_ELLIPSIS},
    {NAME(NotImplemented), VAL_NOTIMPL},
    {NAME(__debug__), VAL_TRUE},
    {NAME(__build_class__), OBJ_VAL(&builtin_build_class_obj)},
    BUILTIN_LIST(F)
    {NAME(bool), OBJ_VAL(&bool_type)},
    T(bytearray, bytearray_type)
    T(bytes, bytes_type)
    T(classmethod, classmethod_type)
    T(complex, complex_type)
    T(dict, dict_type)
    T(enumerate, enumerate_type)
    T(filter, filter_type)
    T(float, float_type)
    T(frozenset, frozenset_type)
    T(int, int_type)
    T(list, list_type)
    T(map, map_type)
    T(memoryview, memoryview_type)
    T(memoryview, memoryview_type)
    T(object, object_type)
    T(property, property_type)
    T(range, range_type)
    T(reversed, reversed_type)
    T(set, set_type)
    T(slice, slice_type)
    T(staticmethod, staticmethod_type)
    T(str, str_type)
    T(super, super_type)
    T(tuple, tuple_type)
    T(type, type_type)
    T(zip, zip_type)
#define EXC(cname, pyname, base) T(pyname, exc_##cname##_type)
#include "exceptions.def"
#undef EXC
    {NAME(EnvironmentError), OBJ_VAL(&exc_OSError_type)},
    {NAME(IOError), OBJ_VAL(&exc_OSError_type)},
};

#undef T
#undef F

const ModuleDef module_builtins = {
    .name = NAME(builtins),
    .globals = builtins_globals,
    .nglobals = sizeof(builtins_globals) / sizeof(builtins_globals[0]),
    .init = NULL,
};
