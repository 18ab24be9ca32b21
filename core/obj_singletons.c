// The singleton objects None, True, False, Ellipsis and NotImplemented (const,
// in flash) and their types. bool derives from int: arithmetic on bools is
// int arithmetic (bools are turned into 0/1 before reaching int's slots),
// except & | ^ between two bools, which give a bool.
#include "runtime.h"
#include "vm_raise.h"

const Obj none_obj = {&none_type};
const Obj true_obj = {&bool_type};
const Obj false_obj = {&bool_type};
const Obj ellipsis_obj = {&ellipsis_type};
const Obj notimpl_obj = {&notimpl_type};

static void no_args(const Type *t, size_t nargs, Value kwnames) {
    if (nargs != 0 || (kwnames != VAL_NULL && val_tuple(kwnames)->len != 0)) {
        vm_raise(&exc_TypeError_type, "%s takes no arguments", type_name_cstr(t));
    }
}

// --- None -----------------------------------------------------------------------

static Value none_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)args;
    no_args(t, nargs, kwnames);
    return VAL_NONE;
}

static Value none_repr(Value self) {
    (void)self;
    return NAME(None);
}

static Value none_unary_op(int op, Value a) {
    (void)a;
    return op == UNOP_BOOL ? VAL_FALSE : VAL_NULL;
}

static Value singleton_hash(Value self) { return val_from_small_int((intptr_t)(self >> 4) & 0xFFFFFFF); }

const Type none_type = {
    .base = {&type_type},
    .name = NAME(NoneType),
    .base_type = &object_type,
    .make_new = none_make_new,
    .repr = none_repr,
    .hash = singleton_hash,
    .unary_op = none_unary_op,
    .binary_op = type_union_binop,
};

// --- Ellipsis and NotImplemented ------------------------------------------------------

static Value ellipsis_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)args;
    no_args(t, nargs, kwnames);
    return VAL_ELLIPSIS;
}

static Value ellipsis_repr(Value self) {
    (void)self;
    return NAME(Ellipsis);
}

const Type ellipsis_type = {
    .base = {&type_type},
    .name = NAME(ellipsis),
    .base_type = &object_type,
    .make_new = ellipsis_make_new,
    .repr = ellipsis_repr,
    .hash = singleton_hash,
};

static Value notimpl_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)args;
    no_args(t, nargs, kwnames);
    return VAL_NOTIMPL;
}

static Value notimpl_repr(Value self) {
    (void)self;
    return NAME(NotImplemented);
}

const Type notimpl_type = {
    .base = {&type_type},
    .name = NAME(NotImplementedType),
    .base_type = &object_type,
    .make_new = notimpl_make_new,
    .repr = notimpl_repr,
    .hash = singleton_hash,
};

// --- bool ------------------------------------------------------------------------

static bool is_bool(Value v) { return v == VAL_TRUE || v == VAL_FALSE; }

static Value as_int(Value v) { return is_bool(v) ? val_from_small_int(v == VAL_TRUE) : v; }

static Value bool_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    args_no_kw("bool", kwnames);
    if (nargs > 1) {
        vm_raise(&exc_TypeError_type, "bool expected at most 1 argument, got %zu", nargs);
    }
    return nargs == 0 ? VAL_FALSE : val_bool(obj_truthy(args[0]));
}

static Value bool_repr(Value self) { return self == VAL_TRUE ? NAME(True) : NAME(False); }

static Value bool_hash(Value self) { return val_from_small_int(self == VAL_TRUE); }

static Value bool_unary_op(int op, Value a) {
    if (op == UNOP_BOOL) {
        return a;
    }
    if (op == UNOP_LEN) {
        return VAL_NULL;
    }
    return int_type.unary_op(op, as_int(a));
}

static Value bool_binary_op(int op, Value a, Value b) {
    int base = op & ~BINOP_INPLACE;
    if (is_bool(a) && is_bool(b)) {
        switch (base) {
            case BINOP_AND: return val_bool(a == VAL_TRUE && b == VAL_TRUE);
            case BINOP_OR: return val_bool(a == VAL_TRUE || b == VAL_TRUE);
            case BINOP_XOR: return val_bool(a != b);
            default: break;
        }
    }
    if (!val_is_int(as_int(a)) || !val_is_int(as_int(b))) {
        return VAL_NULL;   // the other operand's type (float, ...) answers
    }
    return int_type.binary_op(base, as_int(a), as_int(b));
}

static Value bool_compare(int op, Value a, Value b) {
    return int_type.compare(op, as_int(a), as_int(b));
}

static Value bool_getattr(Value self, Value name) {
    return int_type.getattr != NULL ? int_type.getattr(as_int(self), name) : VAL_NULL;
}

const Type bool_type = {
    .base = {&type_type},
    .name = NAME(bool),
    .base_type = &int_type,
    .make_new = bool_make_new,
    .repr = bool_repr,
    .hash = bool_hash,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
    .compare = bool_compare,
    .getattr = bool_getattr,
};
