// The tuple type and its iterator. A tuple is one GC block: the header, the
// length and the items inline. Tuples are immutable once they escape, so the
// empty tuple is a single const object and tuple(t) of an exact tuple is t
// itself. Hashing follows CPython 3.11's xxHash-based tuplehash exactly, so
// hash((1, 2)) prints what python3 prints. The lexicographic comparison and
// the hash helpers here are shared with lists (obj_cont.h).
#include <string.h>
#include "gc.h"
#include "nlr.h"
#include "obj_cont.h"
#include "print.h"
#include "vm.h"
#include "vm_raise.h"

const TupleObj empty_tuple_obj = {{&tuple_type}, 0};

Value tuple_empty(void) { return OBJ_VAL(&empty_tuple_obj); }

Value tuple_alloc(size_t n) {
    if (n == 0) {
        return tuple_empty();
    }
    if (n > (SIZE_MAX - sizeof(TupleObj)) / sizeof(Value)) {
        vm_raise_memory_error();
    }
    TupleObj *t = (TupleObj *)gc_alloc_obj(sizeof(TupleObj) + n * sizeof(Value), &tuple_type);
    t->len = n;
    return OBJ_VAL(t);
}

Value tuple_new(size_t n, const Value *items) {
    Value v = tuple_alloc(n);
    TupleObj *t = val_tuple(v);
    for (size_t i = 0; i < n; i++) {
        t->items[i] = items ? items[i] : VAL_NONE;
    }
    return v;
}

Value tuple_from_iter(Value iterable) {
    if (is_type(iterable, &tuple_type)) {
        return iterable;
    }
    size_t n;
    Value *items = seq_fast(iterable, &n, false);
    return tuple_new(n, items);
}

static TupleObj *tuple_self(Value v) {
    Value n = obj_native(v);
    if (!is_type(n, &tuple_type)) {
        vm_raise(&exc_TypeError_type, "descriptor for 'tuple' objects doesn't apply to a '%T' object", v);
    }
    return val_tuple(n);
}

// --- hashing --------------------------------------------------------------

#if UINTPTR_MAX > 0xFFFFFFFFu
#define XXPRIME_1 ((uintptr_t)11400714785074694791ULL)
#define XXPRIME_2 ((uintptr_t)14029467366897019727ULL)
#define XXPRIME_5 ((uintptr_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))
#else
#define XXPRIME_1 ((uintptr_t)2654435761UL)
#define XXPRIME_2 ((uintptr_t)2246822519UL)
#define XXPRIME_5 ((uintptr_t)374761393UL)
#define XXROTATE(x) (((x) << 13) | ((x) >> 19))
#endif

uintptr_t tuple_hash_items(size_t n, const Value *items) {
    uintptr_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        uintptr_t lane = obj_hash(items[i]);
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uintptr_t)-1) {
        return 1546275796;
    }
    return acc;
}

Value hash_to_value(uintptr_t h) {
    intptr_t s = (intptr_t)h;
    if (small_int_fits(s)) {
        return val_from_small_int(s);
    }
    return int_from_i64((int64_t)s);
}

static Value tuple_hash(Value self) {
    vm_check_c_stack();   // a tuple nested in a tuple ... hashes in C
    TupleObj *t = tuple_self(self);
    return hash_to_value(tuple_hash_items(t->len, t->items));
}

// --- comparison -------------------------------------------------------------

static bool cmp_sizes(int op, size_t a, size_t b) {
    switch (op) {
        case CMP_LT: return a < b;
        case CMP_LE: return a <= b;
        case CMP_EQ: return a == b;
        case CMP_NE: return a != b;
        case CMP_GT: return a > b;
        default: return a >= b;
    }
}

Value seq_compare(int op, size_t na, const Value *a, size_t nb, const Value *b) {
    vm_check_c_stack_msg(COMPARE_DEPTH_MESSAGE);   // nested sequences compare in C
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        if (!cont_item_eq(a[i], b[i])) {
            break;
        }
    }
    if (i >= na || i >= nb) {
        return val_bool(cmp_sizes(op, na, nb));
    }
    if (op == CMP_EQ) {
        return VAL_FALSE;
    }
    if (op == CMP_NE) {
        return VAL_TRUE;
    }
    return obj_compare(op, a[i], b[i]);
}

static Value tuple_compare(int op, Value a, Value b) {
    a = obj_native(a);
    b = obj_native(b);
    if (!is_type(a, &tuple_type) || !is_type(b, &tuple_type)) {
        return VAL_NULL;
    }
    TupleObj *x = val_tuple(a), *y = val_tuple(b);
    return seq_compare(op, x->len, x->items, y->len, y->items);
}

// --- repr -------------------------------------------------------------------

static Value tuple_repr_body(Value self) {
    TupleObj *t = val_tuple(obj_native(self));
    Vstr v;
    vstr_init(&v, 16);
    vstr_add_byte(&v, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i > 0) {
            vstr_add_cstr(&v, ", ");
        }
        vstr_add_value_str(&v, obj_repr(t->items[i]));
    }
    if (t->len == 1) {
        vstr_add_byte(&v, ',');
    }
    vstr_add_byte(&v, ')');
    return vstr_to_str(&v);
}

static Value tuple_repr(Value self) {
    if (val_tuple(obj_native(self))->len == 0) {
        return str_new("()", 2);
    }
    return repr_guarded(self, tuple_repr_body, "(...)");
}

// --- sequence operations ------------------------------------------------

static Value tuple_slice(TupleObj *t, Value self, Value slice) {
    intptr_t start, stop, step;
    size_t n = slice_indices(slice, t->len, &start, &stop, &step);
    if (step == 1 && n == t->len && is_type(self, &tuple_type)) {
        return self;
    }
    Value r = tuple_alloc(n);
    TupleObj *rt = val_tuple(r);
    for (size_t i = 0; i < n; i++) {
        rt->items[i] = t->items[start + (intptr_t)i * step];
    }
    return r;
}

static Value tuple_subscr(Value self, Value index, Value value) {
    if (value == VAL_DELETE) {
        vm_raise(&exc_TypeError_type, "'%T' object doesn't support item deletion", self);
    }
    if (value != VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'%T' object does not support item assignment", self);
    }
    TupleObj *t = tuple_self(self);
    if (val_is_small_int(index)) {
        intptr_t i = val_small_int(index);
        if (i < 0) {
            i += (intptr_t)t->len;
        }
        if (i < 0 || (size_t)i >= t->len) {
            vm_raise(&exc_IndexError_type, "tuple index out of range");
        }
        return t->items[i];
    }
    if (is_type(index, &slice_type)) {
        return tuple_slice(t, obj_native(self), index);
    }
    return t->items[seq_index(index, t->len, "tuple")];
}


bool cont_defer_to(Value other, Value rname) {
    const Type *t = type_of(other);
    return (t->flags & TYPE_FLAG_HEAP) && type_lookup(t, rname) != VAL_NULL;
}

static Value tuple_repeat(TupleObj *t, Value self, intptr_t n) {
    if (n <= 0 || t->len == 0) {
        return tuple_empty();
    }
    if (n == 1 && is_type(self, &tuple_type)) {
        return self;
    }
    if ((size_t)n > SIZE_MAX / sizeof(Value) / t->len) {
        vm_raise_memory_error();
    }
    Value r = tuple_alloc(t->len * (size_t)n);
    TupleObj *rt = val_tuple(r);
    for (intptr_t k = 0; k < n; k++) {
        memcpy(rt->items + (size_t)k * t->len, t->items, t->len * sizeof(Value));
    }
    return r;
}

static Value tuple_binary_op(int op, Value a, Value b) {
    op &= ~BINOP_INPLACE;
    a = obj_native(a);
    b = obj_native(b);
    if (op == BINOP_ADD) {
        if (!is_type(a, &tuple_type)) {
            return VAL_NULL;
        }
        if (!is_type(b, &tuple_type)) {
            if (cont_defer_to(b, NAME(__radd__))) {
                return VAL_NULL;
            }
            vm_raise(&exc_TypeError_type, "can only concatenate tuple (not \"%T\") to tuple", b);
        }
        TupleObj *x = val_tuple(a), *y = val_tuple(b);
        if (y->len == 0) {
            return a;
        }
        if (x->len == 0) {
            return b;
        }
        Value r = tuple_alloc(x->len + y->len);
        memcpy(val_tuple(r)->items, x->items, x->len * sizeof(Value));
        memcpy(val_tuple(r)->items + x->len, y->items, y->len * sizeof(Value));
        return r;
    }
    if (op == BINOP_MUL) {
        bool left = is_type(a, &tuple_type);
        Value seq = left ? a : b, n = left ? b : a;
        if (left && cont_defer_to(n, NAME(__rmul__))) {
            return VAL_NULL;
        }
        intptr_t count;
        if (!seq_repeat_count(n, &count)) {
            if (!left) {
                return VAL_NULL;
            }
            vm_raise(&exc_TypeError_type, "can't multiply sequence by non-int of type '%T'", n);
        }
        return tuple_repeat(val_tuple(seq), seq, count);
    }
    return VAL_NULL;
}

static Value tuple_unary_op(int op, Value a) {
    TupleObj *t = tuple_self(a);
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)t->len);
    }
    if (op == UNOP_BOOL) {
        return val_bool(t->len != 0);
    }
    return VAL_NULL;
}

static Value tuple_contains(Value self, Value item) {
    TupleObj *t = tuple_self(self);
    for (size_t i = 0; i < t->len; i++) {
        if (cont_item_eq(t->items[i], item)) {
            return VAL_TRUE;
        }
    }
    return VAL_FALSE;
}

// --- iterator -------------------------------------------------------------

typedef struct {
    Obj base;
    Value seq;      // VAL_NULL once exhausted
    size_t index;
} TupleIterObj;

static Value tuple_getiter(Value self) {
    TupleIterObj *it = (TupleIterObj *)gc_alloc_obj(sizeof(TupleIterObj), &tuple_iterator_type);
    it->seq = OBJ_VAL(tuple_self(self));
    it->index = 0;
    return OBJ_VAL(it);
}

static Value tuple_iter_next(Value self) {
    TupleIterObj *it = (TupleIterObj *)VAL_OBJ(self);
    if (it->seq == VAL_NULL) {
        return VAL_NULL;
    }
    TupleObj *t = val_tuple(it->seq);
    if (it->index < t->len) {
        return t->items[it->index++];
    }
    it->seq = VAL_NULL;
    return VAL_NULL;
}

// --- methods ----------------------------------------------------------------

void cont_index_range(size_t nargs, const Value *args, size_t first, size_t len, size_t *lo,
                      size_t *hi) {
    intptr_t bounds[2] = {0, (intptr_t)len};
    for (size_t k = 0; k < 2; k++) {
        if (nargs <= first + k) {
            break;
        }
        Value v = args[first + k];
        intptr_t x;
        if (val_is_small_int(v)) {
            x = val_small_int(v);
        } else if (val_is_int(v) || type_lookup(type_of(v), NAME(__index__)) != VAL_NULL) {
            int64_t y;
            Value iv = int_coerce(v);
            if (iv != VAL_NULL && !int_to_i64(iv, &y)) {
                x = int_sign(iv) < 0 ? INTPTR_MIN / 2 : INTPTR_MAX / 2;
            } else {
                x = iv != VAL_NULL ? (intptr_t)y : obj_index(v);
            }
        } else {
            vm_raise(&exc_TypeError_type,
                     "slice indices must be integers or have an __index__ method");
        }
        if (x < 0) {
            x += (intptr_t)len;
            if (x < 0) {
                x = 0;
            }
        } else if ((size_t)x > len) {
            x = (intptr_t)len;
        }
        bounds[k] = x;
    }
    *lo = (size_t)bounds[0];
    *hi = (size_t)bounds[1];
}

static Value tuple_index_m(size_t nargs, const Value *args) {
    TupleObj *t = tuple_self(args[0]);
    size_t lo, hi;
    cont_index_range(nargs, args, 2, t->len, &lo, &hi);
    for (size_t i = lo; i < hi && i < t->len; i++) {
        if (cont_item_eq(t->items[i], args[1])) {
            return val_from_small_int((intptr_t)i);
        }
    }
    vm_raise(&exc_ValueError_type, "tuple.index(x): x not in tuple");
}

static Value tuple_count_m(size_t nargs, const Value *args) {
    (void)nargs;
    TupleObj *t = tuple_self(args[0]);
    intptr_t n = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (cont_item_eq(t->items[i], args[1])) {
            n++;
        }
    }
    return val_from_small_int(n);
}






static Value tuple_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0) {
        vm_raise(&exc_TypeError_type, "tuple() takes no keyword arguments");
    }
    if (nargs > 1) {
        vm_raise(&exc_TypeError_type, "tuple expected at most 1 argument, got %zu", nargs);
    }
    Value r = nargs == 0 ? tuple_empty() : tuple_from_iter(args[0]);
    if (t != &tuple_type && r == args[0]) {
        r = tuple_new(val_tuple(r)->len, val_tuple(r)->items);
    }
    return cont_wrap_native(t, &tuple_type, r);
}

static BUILTIN_FN(tuple_count_obj, count, 2, 2, tuple_count_m);
static BUILTIN_FN(tuple_index_obj, index, 2, 4, tuple_index_m);

static const AttrEntry tuple_attrs[] = {
    {NAME(__class_getitem__), OBJ_VAL(&cont_class_getitem_obj)},
    {NAME(count), OBJ_VAL(&tuple_count_obj)},
    {NAME(index), OBJ_VAL(&tuple_index_obj)},
};

const Type tuple_type = {
    .base = {&type_type},
    .name = NAME(tuple),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = tuple_make_new,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .compare = tuple_compare,
    .subscr = tuple_subscr,
    .contains = tuple_contains,
    .getiter = tuple_getiter,
    .attrs = tuple_attrs,
    .nattrs = sizeof(tuple_attrs) / sizeof(tuple_attrs[0]),
};

static const AttrEntry tuple_iter_attrs[] = {
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

const Type tuple_iterator_type = {
    .base = {&type_type},
    .name = NAME(tuple_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = tuple_iter_next,
    .attrs = tuple_iter_attrs,
    .nattrs = 2,
};
