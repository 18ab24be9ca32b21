// Instances of user classes: the Type slots every heap class gets (each
// looks up the special method along the class's MRO and calls it), the
// const "dunder wrappers" that make a built-in type's slots visible as
// methods (int.__add__, list.__getitem__, super().__setitem__ in a dict
// subclass), and instance creation (type_call: __new__ then __init__).
//
// Invariant: a dunder wrapper always works on the built-in part of self
// (obj_native) through the slots of self's native type, so a class that
// derives from list and calls super().__getitem__ reaches list's slot.
#include "obj_complex.h"
#include "obj_memoryview.h"
#include "runtime.h"
#include <string.h>
#include "nlr.h"
#include "obj_exc.h"
#include "print.h"
#include "vm_raise.h"

// --- slots of heap classes ----------------------------------------------------

static Value lookup(Value self, Value name, const Type **owner) {
    return type_lookup_owner(type_of(self), name, owner);
}

static Value special0(Value self, Value name) { return call_special_opt(self, name, 0, NULL); }

static Value instance_repr(Value self) { return special0(self, NAME(__repr__)); }

static Value instance_str(Value self) { return special0(self, NAME(__str__)); }

static Value instance_hash(Value self) {
    const Type *owner;
    Value m = lookup(self, NAME(__hash__), &owner);
    if (m == VAL_NULL || m == VAL_NONE) {
        return VAL_NULL;
    }
    Value h = call_special(m, owner, self, 0, NULL);
    if (!obj_isinstance(h, &int_type)) {
        vm_raise(&exc_TypeError_type, "__hash__ method should return an integer");
    }
    h = int_coerce(obj_native(h));
    if (val_is_small_int(h) && val_small_int(h) != -1) {
        return h;   // also keeps the hashes of built-in parts (tuple) unchanged
    }
    intptr_t x = (intptr_t)int_hash(h);
    return val_from_small_int(small_int_fits(x) ? x : x >> 1);
}

static const uint16_t unop_names[] = {N___neg__, N___pos__, N___invert__, N___bool__, N___len__,
                                      N___abs__};

static Value instance_unary_op(int op, Value a) {
    Value r = call_special_opt(a, NAME_ID_VALUE(unop_names[op]), 0, NULL);
    if (r == VAL_NULL) {
        return VAL_NULL;
    }
    if (op == UNOP_BOOL) {
        if (r != VAL_TRUE && r != VAL_FALSE) {
            vm_raise(&exc_TypeError_type, "__bool__ should return bool, returned %s",
                     val_type_name(r));
        }
    } else if (op == UNOP_LEN) {
        Value n = int_coerce(obj_native(r));
        if (n == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "'%s' object cannot be interpreted as an integer",
                     val_type_name(r));
        }
        r = n;
        if (!val_is_small_int(r)) {
            if (int_sign(r) < 0) {
                vm_raise(&exc_ValueError_type, "__len__() should return >= 0");
            }
            vm_raise(&exc_OverflowError_type, "cannot fit 'int' into an index-sized integer");
        }
        if (val_small_int(r) < 0) {
            vm_raise(&exc_ValueError_type, "__len__() should return >= 0");
        }
    }
    return r;
}

static Value instance_binary_op(int op, Value a, Value b) { return obj_binary_op(op, a, b); }

static const uint16_t cmp_names[] = {N___lt__, N___le__, N___eq__, N___ne__, N___gt__, N___ge__};

static Value instance_compare(int op, Value a, Value b) {
    return call_special_opt(a, NAME_ID_VALUE(cmp_names[op]), 1, &b);
}

static Value instance_subscr(Value self, Value index, Value value) {
    if (value == VAL_NULL) {
        Value r = call_special_opt(self, NAME(__getitem__), 1, &index);
        if (r == VAL_NULL && val_is_type(self)) {
            r = type_type.subscr(self, index, value);   // C[int] via __class_getitem__
        }
        return r;
    }
    Value r;
    if (value == VAL_DELETE) {
        r = call_special_opt(self, NAME(__delitem__), 1, &index);
    } else {
        Value args[2] = {index, value};
        r = call_special_opt(self, NAME(__setitem__), 2, args);
    }
    return r == VAL_NULL ? VAL_NULL : VAL_NONE;
}

static Value instance_contains(Value self, Value item) {
    Value r = call_special_opt(self, NAME(__contains__), 1, &item);
    return r == VAL_NULL ? VAL_NULL : val_bool(obj_truthy(r));
}

static Value instance_getiter(Value self) {
    const Type *owner;
    Value m = lookup(self, NAME(__iter__), &owner);
    if (m == VAL_NULL) {
        return VAL_NULL;
    }
    if (m == VAL_NONE) {
        vm_raise(&exc_TypeError_type, "'%s' object is not iterable", val_type_name(self));
    }
    Value it = call_special(m, owner, self, 0, NULL);
    const Type *it_t = type_of(it);
    if (it_t->iternext == NULL || (type_is_heap(it_t) && type_lookup(it_t, NAME(__next__)) == VAL_NULL)) {
        vm_raise(&exc_TypeError_type, "iter() returned non-iterator of type '%s'", val_type_name(it));
    }
    return it;
}

static Value instance_iternext(Value self) {
    const Type *owner;
    Value m = lookup(self, NAME(__next__), &owner);
    if (m == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'%s' object is not an iterator", val_type_name(self));
    }
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value r = call_special(m, owner, self, 0, NULL);
        nlr_pop();
        return r;
    }
    if (obj_isinstance(nb.exc, &exc_StopIteration_type)) {
        return VAL_NULL;
    }
    nlr_jump(nb.exc);
}

// Calls meth (found in owner) with self prepended, passing keywords.
static Value call_with_self(Value meth, const Type *owner, Value self, size_t nargs,
                            const Value *args, Value kwnames) {
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    if (nkw == 0) {
        return call_special(meth, owner, self, nargs, args);
    }
    Value bound = descr_get(meth, owner, self, type_of(self));
    return obj_call(bound, nargs, args, kwnames);
}

static Value instance_call(Value self, size_t nargs, const Value *args, Value kwnames) {
    const Type *owner;
    Value m = lookup(self, NAME(__call__), &owner);
    if (m == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'%s' object is not callable", val_type_name(self));
    }
    return call_with_self(m, owner, self, nargs, args, kwnames);
}

static Value instance_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    return type_call(OBJ_VAL(t), nargs, args, kwnames);
}

void class_fill_slots(Type *t) {
    t->make_new = instance_make_new;
    t->call = instance_call;
    t->repr = instance_repr;
    t->str = instance_str;
    t->hash = instance_hash;
    t->unary_op = instance_unary_op;
    t->binary_op = instance_binary_op;
    t->compare = instance_compare;
    t->subscr = instance_subscr;
    t->contains = instance_contains;
    t->getiter = instance_getiter;
    t->iternext = instance_iternext;
    t->getattr = NULL;
    t->setattr = NULL;
    t->attrs = NULL;
    t->nattrs = 0;
}

// --- instance creation ----------------------------------------------------------

// Mutable built-ins fill their contents in __init__ (list, dict, set,
// bytearray); the others are complete after __new__.
static bool native_inits_late(const Type *nb) {
    return nb == &list_type || nb == &dict_type || nb == &set_type || nb == &bytearray_type;
}

static bool excess_args(size_t nargs, Value kwnames) {
    return nargs != 0 || (kwnames != VAL_NULL && val_tuple(kwnames)->len != 0);
}

// Whether cls's __init__ / __new__ is object's own.
static bool init_is_object(const Type *cls) {
    const Type *owner;
    return type_lookup_owner(cls, NAME(__init__), &owner) == VAL_NULL || owner == &object_type;
}


Value instance_new_native(const Type *cls, size_t nargs, const Value *args, Value kwnames) {
    const Type *nb = type_is_heap(cls) ? cls->native_base : cls;
    if (nb == &object_type) {
        if (excess_args(nargs, kwnames) && init_is_object(cls)) {
            vm_raise(&exc_TypeError_type, "%s() takes no arguments", type_name_cstr(cls));
        }
        if (!type_is_heap(cls)) {
            return OBJ_VAL(gc_alloc_obj(sizeof(Obj), cls));
        }
        InstanceObj *o = (InstanceObj *)gc_alloc_obj(sizeof(InstanceObj), cls);
        return OBJ_VAL(o);
    }
    if (!type_is_heap(cls)) {
        if (cls->make_new == NULL) {
            vm_raise(&exc_TypeError_type, "cannot create '%s' instances", type_name_cstr(cls));
        }
        return cls->make_new(cls, nargs, args, kwnames);
    }
    if (nb->flags & TYPE_FLAG_EXC) {
        return exc_alloc(cls, tuple_new(nargs, args));
    }
    if (nb == &type_type) {
        return class_create(cls, nargs, args, kwnames);
    }
    if (nb->make_new == NULL) {
        vm_raise(&exc_TypeError_type, "cannot create '%s' instances", type_name_cstr(cls));
    }
    Value native = native_inits_late(nb) ? nb->make_new(nb, 0, NULL, VAL_NULL)
                                         : nb->make_new(nb, nargs, args, kwnames);
    InstanceObj *o = (InstanceObj *)gc_alloc_obj(sizeof(InstanceObj), cls);
    o->native = native;
    return OBJ_VAL(o);
}

// Calls a __new__ found in a class dict: a staticmethod (or a plain
// function, which __build_class__ wraps anyway) receiving cls first.
static Value call_new(Value m, Value cls, size_t nargs, const Value *args, Value kwnames) {
    if (is_type(m, &staticmethod_type)) {
        m = ((WrapperObj *)VAL_OBJ(m))->func;
    }
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    size_t total = nargs + nkw + 1;
    Value buf[8];
    Value *all = total <= 8 ? buf : (Value *)gc_alloc(total * sizeof(Value), false);
    all[0] = cls;
    for (size_t i = 0; i < nargs + nkw; i++) {
        all[i + 1] = args[i];
    }
    return obj_call(m, nargs + 1, all, kwnames);
}

Value type_call(Value self, size_t nargs, const Value *args, Value kwnames) {
    const Type *cls = val_as_type(self);
    if (cls == &type_type && nargs == 1 && !excess_args(0, kwnames)) {
        return OBJ_VAL(type_of(args[0]));
    }
    if (!type_is_heap(cls)) {
        if (cls == &type_type) {
            return class_create(&type_type, nargs, args, kwnames);
        }
        if (cls->make_new == NULL) {
            vm_raise(&exc_TypeError_type, "cannot create '%s' instances", type_name_cstr(cls));
        }
        return cls->make_new(cls, nargs, args, kwnames);
    }
    const Type *owner;
    Value m = type_lookup_owner(cls, NAME(__new__), &owner);
    Value obj;
    if (m != VAL_NULL && type_is_heap(owner)) {
        obj = call_new(m, self, nargs, args, kwnames);
    } else if (cls->native_base == &type_type) {
        obj = class_create(cls, nargs, args, kwnames);
    } else {
        obj = instance_new_native(cls, nargs, args, kwnames);
    }
    if (!obj_isinstance(obj, cls)) {
        return obj;
    }
    const Type *ocls = type_of(obj);
    Value init = type_lookup_owner(ocls, NAME(__init__), &owner);
    if (init == VAL_NULL || owner == &object_type) {
        return obj;   // object.__init__: the argument check was done by __new__
    }
    Value r = call_with_self(init, owner, obj, nargs, args, kwnames);
    if (r != VAL_NONE) {
        vm_raise(&exc_TypeError_type, "__init__() should return None, not '%s'", val_type_name(r));
    }
    return obj;
}

// --- dunder wrappers for built-in types ---------------------------------------

static Value native_binop(int op, Value a, Value b, Value self) {
    const Type *t = native_type_of(self);
    Value r = t->binary_op != NULL ? t->binary_op(op, obj_native(a), obj_native(b)) : VAL_NULL;
    return r == VAL_NULL ? VAL_NOTIMPL : r;
}

#define BINOP_WRAP(op, fwd, rev, inp)                                                    \
    static Value w_##fwd(size_t n, const Value *a) {                                    \
        (void)n;                                                                        \
        return native_binop(op, a[0], a[1], a[0]);                                      \
    }                                                                                   \
    static Value w_##rev(size_t n, const Value *a) {                                    \
        (void)n;                                                                        \
        return native_binop(op, a[1], a[0], a[0]);                                      \
    }                                                                                   \
    static Value w_##inp(size_t n, const Value *a) {                                    \
        (void)n;                                                                        \
        Value r = native_binop((op) | BINOP_INPLACE, a[0], a[1], a[0]);                  \
        return r == obj_native(a[0]) ? a[0] : r;                                        \
    }

BINOP_WRAP(BINOP_ADD, __add__, __radd__, __iadd__)
BINOP_WRAP(BINOP_SUB, __sub__, __rsub__, __isub__)
BINOP_WRAP(BINOP_MUL, __mul__, __rmul__, __imul__)
BINOP_WRAP(BINOP_MATMUL, __matmul__, __rmatmul__, __imatmul__)
BINOP_WRAP(BINOP_TRUEDIV, __truediv__, __rtruediv__, __itruediv__)
BINOP_WRAP(BINOP_FLOORDIV, __floordiv__, __rfloordiv__, __ifloordiv__)
BINOP_WRAP(BINOP_MOD, __mod__, __rmod__, __imod__)
BINOP_WRAP(BINOP_POW, __pow__, __rpow__, __ipow__)
BINOP_WRAP(BINOP_LSHIFT, __lshift__, __rlshift__, __ilshift__)
BINOP_WRAP(BINOP_RSHIFT, __rshift__, __rrshift__, __irshift__)
BINOP_WRAP(BINOP_AND, __and__, __rand__, __iand__)
BINOP_WRAP(BINOP_OR, __or__, __ror__, __ior__)
BINOP_WRAP(BINOP_XOR, __xor__, __rxor__, __ixor__)

static Value native_cmp(int op, Value self, Value other) {
    const Type *t = native_type_of(self);
    Value r = t->compare != NULL ? t->compare(op, obj_native(self), obj_native(other)) : VAL_NULL;
    if (r == VAL_NULL) {
        if (op == CMP_EQ || op == CMP_NE) {
            if (self == other) {
                return val_bool(op == CMP_EQ);
            }
        }
        return VAL_NOTIMPL;
    }
    return r;
}

#define CMP_WRAP(op, name)                                                             \
    static Value w_##name(size_t n, const Value *a) {                                  \
        (void)n;                                                                       \
        return native_cmp(op, a[0], a[1]);                                             \
    }

CMP_WRAP(CMP_LT, __lt__)
CMP_WRAP(CMP_LE, __le__)
CMP_WRAP(CMP_EQ, __eq__)
CMP_WRAP(CMP_NE, __ne__)
CMP_WRAP(CMP_GT, __gt__)
CMP_WRAP(CMP_GE, __ge__)

static Value native_unop(int op, Value self) {
    const Type *t = native_type_of(self);
    Value r = t->unary_op != NULL ? t->unary_op(op, obj_native(self)) : VAL_NULL;
    if (r == VAL_NULL) {
        if (op == UNOP_BOOL) {
            return val_bool(obj_truthy(obj_native(self)));
        }
        return obj_unary_op(op, obj_native(self));
    }
    return r;
}

#define UNOP_WRAP(op, name)                                                            \
    static Value w_##name(size_t n, const Value *a) {                                  \
        (void)n;                                                                       \
        return native_unop(op, a[0]);                                                  \
    }

UNOP_WRAP(UNOP_NEG, __neg__)
UNOP_WRAP(UNOP_POS, __pos__)
UNOP_WRAP(UNOP_INVERT, __invert__)
UNOP_WRAP(UNOP_ABS, __abs__)
UNOP_WRAP(UNOP_BOOL, __bool__)

static Value w___len__(size_t n, const Value *a) {
    (void)n;
    return val_from_small_int((intptr_t)obj_len(obj_native(a[0])));
}

// Built-in types whose repr names the type (set, frozenset, bytearray)
// show the subclass's name instead, as CPython: S({1}), BA(b'x').
static Value rename_repr(Value r, Value self, const Type *nt) {
    const char *name = val_type_name(self);
    const char *rs = str_cstr(r);
    size_t rl = str_len_bytes(r);
    if (nt == &set_type) {
        if (strcmp(rs, "set()") == 0) {
            return str_printf("%s()", name);
        }
        return str_printf("%s(%s)", name, rs);
    }
    size_t pl = strlen(type_name_cstr(nt));
    if (rl > pl && memcmp(rs, type_name_cstr(nt), pl) == 0 && rs[pl] == '(') {
        return str_printf("%s%s", name, rs + pl);
    }
    return r;
}

static Value w___repr__(size_t n, const Value *a) {
    (void)n;
    const Type *nt = native_type_of(a[0]);
    Value native = obj_native(a[0]);
    Value r = nt->repr(native);
    if (native != a[0] && (nt == &set_type || nt == &frozenset_type || nt == &bytearray_type)) {
        r = rename_repr(r, a[0], nt);
    }
    return r;
}

static Value w___str__(size_t n, const Value *a) {
    (void)n;
    if (is_type(obj_native(a[0]), &str_type)) {
        return obj_native(a[0]);
    }
    const Type *t = native_type_of(a[0]);
    return t->str != NULL ? t->str(obj_native(a[0])) : obj_repr(a[0]);
}

static Value w___hash__(size_t n, const Value *a) {
    (void)n;
    const Type *t = native_type_of(a[0]);
    Value h = t->hash != NULL ? t->hash(obj_native(a[0])) : val_from_small_int((intptr_t)(a[0] >> 4));
    if (h == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "unhashable type: '%s'", val_type_name(a[0]));
    }
    return h;
}

static Value w___getitem__(size_t n, const Value *a) {
    (void)n;
    Value self = a[0], native = obj_native(self);
    if (native != self && is_type(native, &dict_type)) {
        // dict.__getitem__ of a subclass consults its __missing__.
        Value v = dict_get(native, a[1]);
        if (v != VAL_NULL) {
            return v;
        }
        Value r = call_special_opt(self, NAME(__missing__), 1, &a[1]);
        if (r != VAL_NULL) {
            return r;
        }
    }
    return obj_getitem(native, a[1]);
}

static Value w___setitem__(size_t n, const Value *a) {
    (void)n;
    obj_setitem(obj_native(a[0]), a[1], a[2]);
    return VAL_NONE;
}

static Value w___delitem__(size_t n, const Value *a) {
    (void)n;
    obj_delitem(obj_native(a[0]), a[1]);
    return VAL_NONE;
}

static Value w___contains__(size_t n, const Value *a) {
    (void)n;
    return val_bool(obj_contains(obj_native(a[0]), a[1]));
}

static Value w___iter__(size_t n, const Value *a) {
    (void)n;
    return obj_getiter(obj_native(a[0]));
}

static Value w___next__(size_t n, const Value *a) {
    (void)n;
    Value r = obj_iternext(obj_native(a[0]));
    if (r == VAL_NULL) {
        vm_raise_noargs(&exc_StopIteration_type);
    }
    return r;
}

static Value w___call__(size_t n, const Value *a, Value kwnames) {
    return obj_call(obj_native(a[0]), n - 1, a + 1, kwnames);
}

// T.__new__(cls, *args): the built-in part for a subclass, or a plain
// instance of a built-in type.
static Value w___new__(size_t n, const Value *a, Value kwnames) {
    if (!val_is_type(a[0])) {
        vm_raise(&exc_TypeError_type, "__new__(X): X is not a type object (%s)", val_type_name(a[0]));
    }
    return instance_new_native(val_as_type(a[0]), n - 1, a + 1, kwnames);
}
static BUILTIN_FN_KW(wf___new__, __new__, 1, FN_UNLIMITED, w___new__);
static const WrapperObj new_wrapper = {{&staticmethod_type}, OBJ_VAL(&wf___new__)};

// list/dict/set/bytearray.__init__(self, ...): rebuild the built-in part.
static Value w___init__(size_t n, const Value *a, Value kwnames) {
    Value self = a[0];
    const Type *t = type_of(self);
    if (type_is_heap(t) && native_inits_late(t->native_base)) {
        const Type *nb = t->native_base;
        ((InstanceObj *)VAL_OBJ(self))->native = nb->make_new(nb, n - 1, a + 1, kwnames);
    }
    return VAL_NONE;
}

enum {
    S_REPR, S_STR, S_HASH, S_BINOP, S_RBINOP, S_INPLACE, S_CMP, S_NUM, S_INT, S_LEN, S_GETITEM, S_SETITEM,
    S_CONTAINS, S_ITER, S_NEXT, S_CALL, S_NEW, S_INIT,
};

typedef struct {
    uint16_t name;
    uint8_t slot;
    uint8_t op;       // BinOp of the S_BINOP/S_RBINOP/S_INPLACE entries
    BuiltinFn fn;     // unused for __new__ (new_wrapper)
} DunderEntry;

#define WFN(py, mn, mx) {{&builtin_function_type}, NAME(py), FN_POS, mn, mx, {.pos = w_##py}}
#define WFN_KW(py, mn, mx) {{&builtin_function_type}, NAME(py), FN_KW, mn, mx, {.kw = w_##py}}
#define BIN_ENTRIES(op, f, r, i)                                                   \
    {N_##f, S_BINOP, op, WFN(f, 2, 2)}, {N_##r, S_RBINOP, op, WFN(r, 2, 2)},        \
        {N_##i, S_INPLACE, op, WFN(i, 2, 2)}

// All wrappers live in this one array, so method_self can tell them from
// the built-in types' own methods by address (they take self unwrapped).
static const DunderEntry dunders[] = {
    {N___repr__, S_REPR, 0, WFN(__repr__, 1, 1)},
    {N___str__, S_STR, 0, WFN(__str__, 1, 1)},
    {N___hash__, S_HASH, 0, WFN(__hash__, 1, 1)},
    BIN_ENTRIES(BINOP_ADD, __add__, __radd__, __iadd__),
    BIN_ENTRIES(BINOP_SUB, __sub__, __rsub__, __isub__),
    BIN_ENTRIES(BINOP_MUL, __mul__, __rmul__, __imul__),
    BIN_ENTRIES(BINOP_MATMUL, __matmul__, __rmatmul__, __imatmul__),
    BIN_ENTRIES(BINOP_TRUEDIV, __truediv__, __rtruediv__, __itruediv__),
    BIN_ENTRIES(BINOP_FLOORDIV, __floordiv__, __rfloordiv__, __ifloordiv__),
    BIN_ENTRIES(BINOP_MOD, __mod__, __rmod__, __imod__),
    BIN_ENTRIES(BINOP_POW, __pow__, __rpow__, __ipow__),
    BIN_ENTRIES(BINOP_LSHIFT, __lshift__, __rlshift__, __ilshift__),
    BIN_ENTRIES(BINOP_RSHIFT, __rshift__, __rrshift__, __irshift__),
    BIN_ENTRIES(BINOP_AND, __and__, __rand__, __iand__),
    BIN_ENTRIES(BINOP_OR, __or__, __ror__, __ior__),
    BIN_ENTRIES(BINOP_XOR, __xor__, __rxor__, __ixor__),
    {N___lt__, S_CMP, 0, WFN(__lt__, 2, 2)},
    {N___le__, S_CMP, 0, WFN(__le__, 2, 2)},
    {N___eq__, S_CMP, 0, WFN(__eq__, 2, 2)},
    {N___ne__, S_CMP, 0, WFN(__ne__, 2, 2)},
    {N___gt__, S_CMP, 0, WFN(__gt__, 2, 2)},
    {N___ge__, S_CMP, 0, WFN(__ge__, 2, 2)},
    {N___neg__, S_NUM, 0, WFN(__neg__, 1, 1)},
    {N___pos__, S_NUM, 0, WFN(__pos__, 1, 1)},
    {N___abs__, S_NUM, 0, WFN(__abs__, 1, 1)},
    {N___bool__, S_NUM, 0, WFN(__bool__, 1, 1)},
    {N___invert__, S_INT, 0, WFN(__invert__, 1, 1)},
    {N___len__, S_LEN, 0, WFN(__len__, 1, 1)},
    {N___getitem__, S_GETITEM, 0, WFN(__getitem__, 2, 2)},
    {N___setitem__, S_SETITEM, 0, WFN(__setitem__, 3, 3)},
    {N___delitem__, S_SETITEM, 0, WFN(__delitem__, 2, 2)},
    {N___contains__, S_CONTAINS, 0, WFN(__contains__, 2, 2)},
    {N___iter__, S_ITER, 0, WFN(__iter__, 1, 1)},
    {N___next__, S_NEXT, 0, WFN(__next__, 1, 1)},
    {N___call__, S_CALL, 0, WFN_KW(__call__, 1, FN_UNLIMITED)},
    {N___new__, S_NEW, 0, WFN_KW(__new__, 1, FN_UNLIMITED)},
    {N___init__, S_INIT, 0, WFN_KW(__init__, 1, FN_UNLIMITED)},
};

#define NDUNDERS (sizeof(dunders) / sizeof(dunders[0]))

bool builtin_is_wrapper(Value fn) {
    const void *p = (const void *)VAL_OBJ(fn);
    return p >= (const void *)&dunders[0] && p < (const void *)&dunders[NDUNDERS];
}

static bool is_number_type(const Type *t) {
    return t == &int_type || t == &bool_type || t == &float_type || t == &complex_type;
}

// Which binary operators a built-in type implements, for the dunder names
// it shows (hasattr(list, '__sub__') is False although list has a
// binary_op slot). Types not listed here show them all.
#define OPBIT(o) (1u << (o))
#define SEQ_OPS (OPBIT(BINOP_ADD) | OPBIT(BINOP_MUL))
#define SET_OPS (OPBIT(BINOP_SUB) | OPBIT(BINOP_AND) | OPBIT(BINOP_OR) | OPBIT(BINOP_XOR))
#define FLOAT_OPS (OPBIT(BINOP_ADD) | OPBIT(BINOP_SUB) | OPBIT(BINOP_MUL) | OPBIT(BINOP_TRUEDIV) | \
                   OPBIT(BINOP_FLOORDIV) | OPBIT(BINOP_MOD) | OPBIT(BINOP_POW))
#define INT_OPS (0x1FFFu & ~OPBIT(BINOP_MATMUL))

static unsigned binops_of(const Type *t, int slot) {
    if (t == &int_type || t == &bool_type) {
        return slot == S_INPLACE ? 0 : INT_OPS;
    }
    if (t == &float_type) {
        return slot == S_INPLACE ? 0 : FLOAT_OPS;
    }
    if (t == &complex_type) {
        return slot == S_INPLACE ? 0 : FLOAT_OPS & ~(OPBIT(BINOP_FLOORDIV) | OPBIT(BINOP_MOD));
    }
    if (t == &list_type || t == &bytearray_type) {
        return slot == S_RBINOP ? OPBIT(BINOP_MUL) : SEQ_OPS;
    }
    if (t == &tuple_type || t == &str_type || t == &bytes_type) {
        return slot == S_RBINOP ? OPBIT(BINOP_MUL) : slot == S_INPLACE ? 0 : SEQ_OPS;
    }
    if (t == &set_type) {
        return SET_OPS;
    }
    if (t == &frozenset_type || t == &dict_keys_type || t == &dict_items_type) {
        return slot == S_INPLACE ? 0 : SET_OPS;
    }
    if (t == &dict_type) {
        return OPBIT(BINOP_OR);
    }
    return slot == S_INPLACE ? 0 : 0x1FFFu;
}

// Whether built-in type t has the slot behind a dunder of kind `slot`.
static bool has_slot(const Type *t, const DunderEntry *d) {
    switch (d->slot) {
        case S_REPR: return t->repr != NULL;
        case S_STR: return t->str != NULL || t == &str_type;
        case S_HASH: return t->hash != NULL;
        case S_BINOP:
        case S_RBINOP:
        case S_INPLACE:
            return t->binary_op != NULL && (binops_of(t, d->slot) & OPBIT(d->op)) != 0;
        case S_CMP: return t->compare != NULL;
        case S_NUM: return t->unary_op != NULL && is_number_type(t);
        case S_INT: return t->unary_op != NULL && (t == &int_type || t == &bool_type);
        case S_LEN: return t->unary_op != NULL && !is_number_type(t);
        case S_GETITEM: return t->subscr != NULL;
        case S_SETITEM: return t->subscr != NULL && (t == &list_type || t == &dict_type || t == &bytearray_type ||
                                               t == &memoryview_type);
        case S_CONTAINS: return t->contains != NULL;
        case S_ITER: return t->getiter != NULL;
        case S_NEXT: return t->iternext != NULL;
        case S_CALL: return t->call != NULL;
        case S_NEW: return t->make_new != NULL;
        case S_INIT: return native_inits_late(t);
        default: return false;
    }
}

Value type_const_lookup(const Type *t, Value name) {
    const StrObj *s = val_str(name);
    bool dunder = s->len >= 5 && s->data[0] == '_' && s->data[1] == '_';
    if (t == &object_type && !dunder) {
        return VAL_NULL;   // every attribute of object is a dunder
    }
    const AttrEntry *a = t->attrs;
    for (size_t i = 0, n = t->nattrs; i < n; i++) {
        if (a[i].name == name) {
            return a[i].value;
        }
    }
    if (!dunder) {
        return VAL_NULL;
    }
    for (size_t i = 0; i < NDUNDERS; i++) {
        if (NAME_ID_VALUE(dunders[i].name) == name) {
            if (!has_slot(t, &dunders[i])) {
                return VAL_NULL;
            }
            return dunders[i].slot == S_NEW ? OBJ_VAL(&new_wrapper) : OBJ_VAL(&dunders[i].fn);
        }
    }
    return VAL_NULL;
}

void type_add_dunder_names(const Type *t, Value set) {
    for (size_t i = 0; i < NDUNDERS; i++) {
        if (has_slot(t, &dunders[i])) {
            set_add(set, NAME_ID_VALUE(dunders[i].name));
        }
    }
}
