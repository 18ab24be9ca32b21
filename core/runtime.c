// The generic object protocol, part 1: type queries, repr/str/hash/truth,
// comparisons, binary and unary operators, len, containment, subscripts and
// iteration. Built-in types answer through their Type slots; instances of
// user classes dispatch special methods found along the class's MRO (see
// obj_instance.c). The rules for the binary_op and compare slots are written
// down in obj.h next to the slots; CPython's TypeError messages are kept
// word for word.
#include "runtime.h"
#include "nlr.h"
#include "obj_exc.h"
#include "print.h"
#include "vm_raise.h"

// --- type queries ---------------------------------------------------------

bool type_is_subtype(const Type *t, const Type *base) {
    if (t == base || base == &object_type) {
        return true;
    }
    if (type_is_heap(t)) {
        TupleObj *mro = val_tuple(t->mro);
        for (size_t i = 1; i < mro->len; i++) {
            if (val_as_type(mro->items[i]) == base) {
                return true;
            }
        }
        return false;
    }
    for (t = t->base_type; t != NULL; t = t->base_type) {
        if (t == base) {
            return true;
        }
    }
    return false;
}

bool obj_isinstance(Value v, const Type *t) { return type_is_subtype(type_of(v), t); }

const char *type_name_cstr(const Type *t) { return str_cstr(t->name); }

Value obj_native(Value v) {
    if (!val_is_obj(v)) {
        return v;
    }
    const Type *t = VAL_OBJ(v)->type;
    if (!type_is_heap(t)) {
        return v;
    }
    const Type *nb = t->native_base;
    if (nb == &object_type || nb == &type_type || (nb->flags & TYPE_FLAG_EXC)) {
        return v;
    }
    Value n = ((InstanceObj *)VAL_OBJ(v))->native;
    return n != VAL_NULL ? n : v;
}

// --- repr / str / hash / truth ---------------------------------------------

Value obj_repr(Value v) {
    const Type *t = type_of(v);
    Value r = t->repr != NULL ? t->repr(v) : VAL_NULL;
    if (r == VAL_NULL) {
        return object_repr(v);
    }
    if (!obj_isinstance(r, &str_type)) {
        vm_raise(&exc_TypeError_type, "__repr__ returned non-string (type %s)", val_type_name(r));
    }
    return obj_native(r);
}

Value obj_str(Value v) {
    const Type *t = type_of(v);
    if (t == &str_type) {
        return v;
    }
    if (t->str == NULL) {
        return obj_repr(v);
    }
    Value r = t->str(v);
    if (r == VAL_NULL) {
        return obj_repr(v);
    }
    if (!obj_isinstance(r, &str_type)) {
        vm_raise(&exc_TypeError_type, "__str__ returned non-string (type %s)", val_type_name(r));
    }
    return obj_native(r);
}

uintptr_t obj_hash(Value v) {
    if (val_is_small_int(v)) {
        return int_hash(v);
    }
    const Type *t = type_of(v);
    if (t == &str_type) {
        return str_hash(v);
    }
    if (t->hash == NULL) {
        return (uintptr_t)v >> 4;
    }
    Value h = t->hash(v);
    if (h == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "unhashable type: '%s'", type_name_cstr(t));
    }
    if (!val_is_small_int(h)) {
        int64_t exact;
        if (!type_is_heap(t) && is_type(h, &int_type) && int_to_i64(h, &exact)) {
            return (uintptr_t)exact;   // a built-in slot's full-width hash (tuple, complex)
        }
        if (!obj_isinstance(h, &int_type)) {
            vm_raise(&exc_TypeError_type, "__hash__ method should return an integer");
        }
        return int_hash(obj_native(h));
    }
    return (uintptr_t)val_small_int(h);
}

bool obj_truthy(Value v) {
    if (v == VAL_TRUE) {
        return true;
    }
    if (v == VAL_FALSE || v == VAL_NONE) {
        return false;
    }
    if (val_is_small_int(v)) {
        return val_small_int(v) != 0;
    }
    const Type *t = type_of(v);
    if (t->unary_op == NULL) {
        return true;
    }
    Value r = t->unary_op(UNOP_BOOL, v);
    if (r != VAL_NULL) {
        return r == VAL_TRUE;
    }
    r = t->unary_op(UNOP_LEN, v);
    if (r != VAL_NULL) {
        return val_is_small_int(r) ? val_small_int(r) != 0 : true;
    }
    return true;
}

// --- comparisons ---------------------------------------------------------

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const uint8_t cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

static bool is_notimpl(Value r) { return r == VAL_NULL || r == VAL_NOTIMPL; }

// One side of a rich comparison; handles a slot that lacks != by inverting ==.
static Value compare_side(const Type *t, int op, Value a, Value b) {
    if (t->compare == NULL) {
        return VAL_NULL;
    }
    Value r = t->compare(op, a, b);
    if (is_notimpl(r) && op == CMP_NE && !type_is_heap(t)) {
        r = t->compare(CMP_EQ, a, b);
        if (!is_notimpl(r)) {
            r = val_bool(!obj_truthy(r));
        }
    }
    return r;
}

Value obj_compare(int op, Value a, Value b) {
    if (val_is_small_int(a) && val_is_small_int(b)) {
        intptr_t x = val_small_int(a), y = val_small_int(b);
        switch (op) {
            case CMP_LT: return val_bool(x < y);
            case CMP_LE: return val_bool(x <= y);
            case CMP_EQ: return val_bool(x == y);
            case CMP_NE: return val_bool(x != y);
            case CMP_GT: return val_bool(x > y);
            default: return val_bool(x >= y);
        }
    }
    const Type *ta = type_of(a), *tb = type_of(b);
    bool reflected_first = ta != tb && type_is_subtype(tb, ta);
    Value r;
    if (reflected_first) {
        r = compare_side(tb, cmp_swapped[op], b, a);
        if (!is_notimpl(r)) {
            return r;
        }
    }
    r = compare_side(ta, op, a, b);
    if (!is_notimpl(r)) {
        return r;
    }
    if (!reflected_first) {
        r = compare_side(tb, cmp_swapped[op], b, a);
        if (!is_notimpl(r)) {
            return r;
        }
    }
    if (op == CMP_EQ) {
        return val_bool(a == b);
    }
    if (op == CMP_NE) {
        return val_bool(a != b);
    }
    vm_raise(&exc_TypeError_type, "'%s' not supported between instances of '%s' and '%s'",
             cmp_symbols[op], type_name_cstr(ta), type_name_cstr(tb));
}

// Used by containers: identity implies equality (as CPython's
// PyObject_RichCompareBool), so a NaN is found in a list holding it.
bool obj_eq(Value a, Value b) {
    if (a == b) {
        return true;
    }
    if (val_is_small_int(a) && val_is_small_int(b)) {
        return false;
    }
    if (val_is_str(a) && val_is_str(b)) {
        return str_equal(a, b);
    }
    Value r = obj_compare(CMP_EQ, a, b);
    return r == VAL_TRUE || (r != VAL_FALSE && obj_truthy(r));
}

// --- binary operators ------------------------------------------------------

const char *const binop_symbols[BINOP_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^",
};
static const char *const inplace_symbols[BINOP_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
};
static const uint16_t binop_names[BINOP_COUNT] = {
    N___add__, N___sub__, N___mul__, N___matmul__, N___truediv__, N___floordiv__, N___mod__,
    N___pow__, N___lshift__, N___rshift__, N___and__, N___or__, N___xor__,
};
static const uint16_t binop_rnames[BINOP_COUNT] = {
    N___radd__, N___rsub__, N___rmul__, N___rmatmul__, N___rtruediv__, N___rfloordiv__,
    N___rmod__, N___rpow__, N___rlshift__, N___rrshift__, N___rand__, N___ror__, N___rxor__,
};
static const uint16_t binop_inames[BINOP_COUNT] = {
    N___iadd__, N___isub__, N___imul__, N___imatmul__, N___itruediv__, N___ifloordiv__,
    N___imod__, N___ipow__, N___ilshift__, N___irshift__, N___iand__, N___ior__, N___ixor__,
};

// Calls the special method `name` of self's class with `other`; VAL_NULL
// if the class has none.
static Value binop_special(Value self, uint16_t name, Value other) {
    const Type *owner;
    Value m = type_lookup_owner(type_of(self), NAME_ID_VALUE(name), &owner);
    if (m == VAL_NULL || m == VAL_NONE) {
        return VAL_NULL;
    }
    return call_special(m, owner, self, 1, &other);
}

// At least one operand is an instance of a user class: dispatch on the
// special methods (built-in types answer through their dunder wrappers).
static Value binop_heap(int op, Value a, Value b) {
    int base = op & ~BINOP_INPLACE;
    Value r;
    if (op & BINOP_INPLACE) {
        r = binop_special(a, binop_inames[base], b);
        if (!is_notimpl(r)) {
            return r;
        }
    }
    const Type *ta = type_of(a), *tb = type_of(b);
    bool right_first = ta != tb && type_is_subtype(tb, ta);
    if (right_first) {
        r = binop_special(b, binop_rnames[base], a);
        if (!is_notimpl(r)) {
            return r;
        }
    }
    r = binop_special(a, binop_names[base], b);
    if (!is_notimpl(r)) {
        return r;
    }
    if (!right_first && ta != tb) {
        r = binop_special(b, binop_rnames[base], a);
        if (!is_notimpl(r)) {
            return r;
        }
    }
    return VAL_NULL;
}

Value obj_binary_op(int op, Value a, Value b) {
    const Type *ta = type_of(a), *tb = type_of(b);
    Value r = VAL_NULL;
    if (type_is_heap(ta) || type_is_heap(tb)) {
        r = binop_heap(op, a, b);
    } else {
        if ((op & BINOP_INPLACE) && ta->binary_op != NULL) {
            r = ta->binary_op(op, a, b);
            if (!is_notimpl(r)) {
                return r;
            }
        }
        int base = op & ~BINOP_INPLACE;
        bool right_first = ta != tb && tb->binary_op != NULL && type_is_subtype(tb, ta);
        if (right_first) {
            r = tb->binary_op(base, a, b);
        }
        if (is_notimpl(r) && ta->binary_op != NULL) {
            r = ta->binary_op(base, a, b);
        }
        if (is_notimpl(r) && !right_first && ta != tb && tb->binary_op != NULL) {
            r = tb->binary_op(base, a, b);
        }
    }
    if (is_notimpl(r)) {
        int base = op & ~BINOP_INPLACE;
        vm_raise(&exc_TypeError_type, "unsupported operand type(s) for %s: '%s' and '%s'",
                 (op & BINOP_INPLACE) ? inplace_symbols[base] : binop_symbols[base],
                 type_name_cstr(ta), type_name_cstr(tb));
    }
    return r;
}

Value obj_unary_op(int op, Value a) {
    const Type *t = type_of(a);
    Value r = t->unary_op != NULL ? t->unary_op(op, a) : VAL_NULL;
    if (r == VAL_NULL) {
        if (op == UNOP_ABS) {
            vm_raise(&exc_TypeError_type, "bad operand type for abs(): '%s'", type_name_cstr(t));
        }
        static const char *const syms[] = {"-", "+", "~"};
        vm_raise(&exc_TypeError_type, "bad operand type for unary %s: '%s'",
                 op <= UNOP_INVERT ? syms[op] : "?", type_name_cstr(t));
    }
    return r;
}

// --- len / contains / subscripts ------------------------------------------

Value obj_len_opt(Value v) {
    const Type *t = type_of(v);
    return t->unary_op != NULL ? t->unary_op(UNOP_LEN, v) : VAL_NULL;
}

size_t obj_len(Value v) {
    Value r = obj_len_opt(v);
    if (r == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "object of type '%s' has no len()", val_type_name(v));
    }
    return (size_t)val_small_int(r);
}

bool obj_contains(Value container, Value item) {
    const Type *t = type_of(container);
    if (t->contains != NULL) {
        Value r = t->contains(container, item);
        if (r != VAL_NULL) {
            return r == VAL_TRUE || (r != VAL_FALSE && obj_truthy(r));
        }
    }
    bool iterable = t->getiter != NULL;
    if (!iterable && type_is_heap(t)) {
        iterable = type_lookup(t, NAME(__getitem__)) != VAL_NULL;
    }
    if (!iterable) {
        vm_raise(&exc_TypeError_type, "argument of type '%s' is not iterable", type_name_cstr(t));
    }
    Value it = obj_getiter(container);
    for (Value x; (x = obj_iternext(it)) != VAL_NULL;) {
        if (obj_eq(x, item)) {
            return true;
        }
    }
    return false;
}

static Value subscr(Value o, Value index, Value value) {
    const Type *t = type_of(o);
    return t->subscr != NULL ? t->subscr(o, index, value) : VAL_NULL;
}

Value obj_getitem(Value o, Value index) {
    Value r = subscr(o, index, VAL_NULL);
    if (r == VAL_NULL) {
        if (val_is_type(o)) {
            vm_raise(&exc_TypeError_type, "type '%s' is not subscriptable",
                     type_name_cstr(val_as_type(o)));
        }
        vm_raise(&exc_TypeError_type, "'%s' object is not subscriptable", val_type_name(o));
    }
    return r;
}

void obj_setitem(Value o, Value index, Value value) {
    if (subscr(o, index, value) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'%s' object does not support item assignment",
                 val_type_name(o));
    }
}

void obj_delitem(Value o, Value index) {
    if (subscr(o, index, VAL_DELETE) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'%s' object doesn't support item deletion",
                 val_type_name(o));
    }
}

// --- iteration --------------------------------------------------------------

// Iterator over an object that only has __getitem__: calls it with 0, 1, 2,
// ... until IndexError (or StopIteration), as CPython's sequence iterator.
typedef struct {
    Obj base;
    Value seq;      // VAL_NULL once exhausted
    intptr_t index;
} SeqIterObj;

static Value seqiter_next(Value self) {
    SeqIterObj *it = (SeqIterObj *)VAL_OBJ(self);
    if (it->seq == VAL_NULL) {
        return VAL_NULL;
    }
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value r = obj_getitem(it->seq, val_from_small_int(it->index));
        nlr_pop();
        it->index++;
        return r;
    }
    if (obj_isinstance(nb.exc, &exc_IndexError_type) ||
        obj_isinstance(nb.exc, &exc_StopIteration_type)) {
        it->seq = VAL_NULL;
        return VAL_NULL;
    }
    nlr_jump(nb.exc);
}

static Value seqiter_iter(Value self) { return self; }

static Value seqiter_repr(Value self) {
    return str_printf("<iterator object at %p>", (void *)VAL_OBJ(self));
}

static const Type seqiter_type = {
    .base = {&type_type},
    .name = NAME(iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = seqiter_repr,
    .getiter = seqiter_iter,
    .iternext = seqiter_next,
};

Value seqiter_new(Value seq) {
    SeqIterObj *it = (SeqIterObj *)gc_alloc_obj(sizeof(SeqIterObj), &seqiter_type);
    it->seq = seq;
    return OBJ_VAL(it);
}

Value obj_getiter(Value o) {
    const Type *t = type_of(o);
    if (t->getiter != NULL) {
        Value it = t->getiter(o);
        if (it != VAL_NULL) {
            if (type_is_heap(t) && type_of(it)->iternext == NULL) {
                vm_raise(&exc_TypeError_type, "iter() returned non-iterator of type '%s'",
                         val_type_name(it));
            }
            return it;
        }
    }
    if (t->subscr != NULL && (!type_is_heap(t) || type_lookup(t, NAME(__getitem__)) != VAL_NULL)) {
        if (!type_is_heap(t) || type_lookup(t, NAME(__iter__)) != VAL_NONE) {
            return seqiter_new(o);
        }
    }
    vm_raise(&exc_TypeError_type, "'%s' object is not iterable", type_name_cstr(t));
}

Value obj_iternext(Value iter) {
    const Type *t = type_of(iter);
    if (t->iternext == NULL) {
        vm_raise(&exc_TypeError_type, "'%s' object is not an iterator", type_name_cstr(t));
    }
    return t->iternext(iter);
}

// --- start-up ------------------------------------------------------------------

void runtime_init(void) { exc_init(); }
