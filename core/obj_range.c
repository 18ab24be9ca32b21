// The range type and its iterator. A range whose bounds fit machine
// integers (intptr_t) is handled here: the length is computed once;
// indexing, `in` for ints, slicing (which yields another range) and
// reversal are O(1), and the iterator never allocates per step. Arithmetic
// that could overflow is done in uintptr_t, which wraps, and only values
// known to lie inside the range are converted back. Ranges with bigger
// bounds (range(10**20)) take the slow path in obj_range_big.c.
#include "gc.h"
#include "obj_cont.h"
#include "print.h"
#include "vm_raise.h"

static uintptr_t range_length(intptr_t start, intptr_t stop, intptr_t step) {
    if (step > 0 && start < stop) {
        return ((uintptr_t)stop - (uintptr_t)start - 1) / (uintptr_t)step + 1;
    }
    if (step < 0 && start > stop) {
        return ((uintptr_t)start - (uintptr_t)stop - 1) / ((uintptr_t)0 - (uintptr_t)step) + 1;
    }
    return 0;
}

Value range_new(intptr_t start, intptr_t stop, intptr_t step) {
    RangeObj *r = (RangeObj *)gc_alloc_obj(sizeof(RangeObj), &range_type);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    r->big = VAL_NULL;
    return OBJ_VAL(r);
}

static inline RangeObj *val_range(Value v) { return (RangeObj *)VAL_OBJ(v); }
static inline bool is_big(Value v) { return val_range(v)->big != VAL_NULL; }

static bool fits(Value i, intptr_t *out) {
    if (val_is_small_int(i)) {
        *out = val_small_int(i);
        return true;
    }
    int64_t x;
    if (int_to_i64(i, &x) && x >= INTPTR_MIN && x <= INTPTR_MAX) {
        *out = (intptr_t)x;
        return true;
    }
    return false;
}

static Value int_value(intptr_t i) {
    return small_int_fits(i) ? val_from_small_int(i) : int_from_i64((int64_t)i);
}

// start + i*step, for 0 <= i < len (always representable).
static intptr_t range_at(RangeObj *r, uintptr_t i) {
    return (intptr_t)((uintptr_t)r->start + i * (uintptr_t)r->step);
}

// A range() argument as an int: ints, bools and objects with __index__.
static Value range_arg(Value v) {
    if (val_is_small_int(v)) {
        return v;
    }
    Value i = int_coerce(v);
    if (i != VAL_NULL) {
        return i;
    }
    if (type_lookup(type_of(v), NAME(__index__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'%T' object cannot be interpreted as an integer", v);
    }
    Value r = obj_call_method0(v, NAME(__index__));
    i = int_coerce(r);
    if (i == VAL_NULL || is_type(r, &bool_type)) {
        vm_raise(&exc_TypeError_type, "__index__ returned non-int (type %T)", r);
    }
    return i;
}

static Value range_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0) {
        vm_raise(&exc_TypeError_type, "range() takes no keyword arguments");
    }
    if (nargs == 0) {
        vm_raise(&exc_TypeError_type, "range expected at least 1 argument, got 0");
    }
    if (nargs > 3) {
        vm_raise(&exc_TypeError_type, "range expected at most 3 arguments, got %zu", nargs);
    }
    Value start = val_from_small_int(0), stop, step = val_from_small_int(1);
    if (nargs == 1) {
        stop = range_arg(args[0]);
    } else {
        start = range_arg(args[0]);
        stop = range_arg(args[1]);
        if (nargs == 3) {
            step = range_arg(args[2]);
        }
    }
    if (int_sign(step) == 0) {
        vm_raise(&exc_ValueError_type, "range() arg 3 must not be zero");
    }
    intptr_t a, b, c;
    if (fits(start, &a) && fits(stop, &b) && fits(step, &c)) {
        return range_new(a, b, c);
    }
    return range_big_new(start, stop, step);
}

static Value range_repr(Value self) {
    if (is_big(self)) {
        return range_big_repr(self);
    }
    RangeObj *r = val_range(self);
    if (r->step == 1) {
        return str_printf("range(%R, %R)", int_value(r->start), int_value(r->stop));
    }
    return str_printf("range(%R, %R, %R)", int_value(r->start), int_value(r->stop),
                      int_value(r->step));
}

static Value range_len_value(RangeObj *r) {
    if (r->len > (uintptr_t)SMALL_INT_MAX) {
        vm_raise(&exc_OverflowError_type, "Python int too large to convert to C ssize_t");
    }
    return val_from_small_int((intptr_t)r->len);
}

static Value range_unary_op(int op, Value a) {
    RangeObj *r = val_range(a);
    if (is_big(a)) {
        if (op == UNOP_LEN) {
            return range_big_len(a);
        }
        return op == UNOP_BOOL ? val_bool(range_big_bool(a)) : VAL_NULL;
    }
    if (op == UNOP_LEN) {
        return range_len_value(r);
    }
    if (op == UNOP_BOOL) {
        return val_bool(r->len != 0);
    }
    return VAL_NULL;
}

// Position of integer x in r, or -1.
static intptr_t range_find_int(RangeObj *r, Value x) {
    Value i = int_coerce(x);
    int64_t v;
    if (i == VAL_NULL || !int_to_i64(i, &v) || v < INTPTR_MIN || v > INTPTR_MAX || r->len == 0) {
        return -1;
    }
    intptr_t n = (intptr_t)v;
    uintptr_t off;
    uintptr_t step;
    if (r->step > 0) {
        if (n < r->start || n >= r->stop) {
            return -1;
        }
        off = (uintptr_t)n - (uintptr_t)r->start;
        step = (uintptr_t)r->step;
    } else {
        if (n > r->start || n <= r->stop) {
            return -1;
        }
        off = (uintptr_t)r->start - (uintptr_t)n;
        step = (uintptr_t)0 - (uintptr_t)r->step;
    }
    if (off % step != 0) {
        return -1;
    }
    return (intptr_t)(off / step);
}

static bool is_exact_int(Value x) {
    return val_is_small_int(x) || is_type(x, &int_type) || is_type(x, &bool_type);
}

static Value range_contains(Value self, Value x) {
    RangeObj *r = val_range(self);
    if (is_exact_int(x)) {
        if (is_big(self)) {
            return val_bool(range_big_find(self, int_coerce(x)) != VAL_NULL);
        }
        return val_bool(range_find_int(r, x) >= 0);
    }
    if (is_big(self)) {
        Value it = range_big_iter(self), v;
        while ((v = obj_iternext(it)) != VAL_NULL) {
            if (obj_eq(v, x)) {
                return VAL_TRUE;
            }
        }
        return VAL_FALSE;
    }
    for (uintptr_t i = 0; i < r->len; i++) {
        if (obj_eq(int_value(range_at(r, i)), x)) {
            return VAL_TRUE;
        }
    }
    return VAL_FALSE;
}

static Value range_slice(RangeObj *r, Value slice) {
    intptr_t start, stop, step;
    intptr_t lim = INTPTR_MAX / 4;
    if (r->len > (uintptr_t)lim || r->start > lim || r->start < -lim || r->step > lim || r->step < -lim) {
        // The new bounds might not fit: compute them on Python ints.
        return range_big_slice(int_value(r->start), int_value(r->step),
                               int_from_u64((uint64_t)r->len), slice);
    }
    slice_indices(slice, (size_t)r->len, &start, &stop, &step);
    intptr_t nstart = (intptr_t)((uintptr_t)r->start + (uintptr_t)start * (uintptr_t)r->step);
    intptr_t nstop = (intptr_t)((uintptr_t)r->start + (uintptr_t)stop * (uintptr_t)r->step);
    intptr_t nstep = (intptr_t)((uintptr_t)step * (uintptr_t)r->step);
    return range_new(nstart, nstop, nstep);
}

static Value range_subscr(Value self, Value index, Value value) {
    if (value != VAL_NULL) {
        vm_raise(&exc_TypeError_type, value == VAL_DELETE ? "'range' object doesn't support item deletion"
                                                          : "'range' object does not support item assignment");
    }
    RangeObj *r = val_range(self);
    if (is_big(self)) {
        if (is_type(index, &slice_type)) {
            return range_big_slice_of(self, index);
        }
        Value i = int_coerce(index);
        if (i == VAL_NULL && type_lookup(type_of(index), NAME(__index__)) != VAL_NULL) {
            i = int_from_i64(obj_index(index));
        }
        if (i == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "range indices must be integers or slices, not %T", index);
        }
        return range_big_item(self, i);
    }
    if (is_type(index, &slice_type)) {
        return range_slice(r, index);
    }
    if (val_is_int(index) && !val_is_small_int(index)) {
        int64_t x;
        if (!int_to_i64(index, &x) || x < INTPTR_MIN || x > INTPTR_MAX) {
            vm_raise(&exc_IndexError_type, "range object index out of range");
        }
    }
    if (val_is_small_int(index)) {
        intptr_t i = val_small_int(index);
        if (i < 0) {
            if ((uintptr_t)0 - (uintptr_t)i > r->len) {
                vm_raise(&exc_IndexError_type, "range object index out of range");
            }
            return int_value(range_at(r, r->len - ((uintptr_t)0 - (uintptr_t)i)));
        }
        if ((uintptr_t)i >= r->len) {
            vm_raise(&exc_IndexError_type, "range object index out of range");
        }
        return int_value(range_at(r, (uintptr_t)i));
    }
    size_t len = r->len > (uintptr_t)INTPTR_MAX ? (size_t)INTPTR_MAX : (size_t)r->len;
    return int_value(range_at(r, seq_index(index, len, "range")));
}

static Value range_compare(int op, Value a, Value b) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(a, &range_type) || !is_type(b, &range_type)) {
        return VAL_NULL;
    }
    RangeObj *x = val_range(a), *y = val_range(b);
    if (is_big(a) || is_big(b)) {
        // Compare (len, start, step) as ints; a machine range is promoted.
        Value ra = is_big(a) ? a : range_big_new(int_value(x->start), int_value(x->stop), int_value(x->step));
        Value rb = is_big(b) ? b : range_big_new(int_value(y->start), int_value(y->stop), int_value(y->step));
        bool e = range_big_equal(ra, rb);
        return val_bool(op == CMP_EQ ? e : !e);
    }
    bool eq = x->len == y->len &&
              (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static Value range_hash(Value self) {
    RangeObj *r = val_range(self);
    Value items[3];
    if (is_big(self)) {
        range_big_hash_items(self, items);
        return hash_to_value(tuple_hash_items(3, items));
    }
    items[0] = r->len > (uintptr_t)INTPTR_MAX ? int_from_u64(r->len) : int_value((intptr_t)r->len);
    items[1] = r->len == 0 ? VAL_NONE : int_value(r->start);
    items[2] = r->len <= 1 ? VAL_NONE : int_value(r->step);
    return hash_to_value(tuple_hash_items(3, items));
}

static Value range_getattr(Value self, Value name) {
    RangeObj *r = val_range(self);
    if (is_big(self)) {
        int which = name == NAME(start) ? 0 : name == NAME(stop) ? 1 : name == NAME(step) ? 2 : -1;
        return which < 0 ? VAL_NULL : range_big_attr(self, which);
    }
    if (name == NAME(start)) {
        return int_value(r->start);
    }
    if (name == NAME(stop)) {
        return int_value(r->stop);
    }
    if (name == NAME(step)) {
        return int_value(r->step);
    }
    return VAL_NULL;
}

// --- iterator -------------------------------------------------------------

// Yields next, next+step, ... for `left` more items.
typedef struct {
    Obj base;           // &range_iterator_type
    intptr_t next;
    intptr_t step;
    uintptr_t left;
} RangeIterObj;

static Value range_iter_new(intptr_t next, intptr_t step, uintptr_t left) {
    RangeIterObj *it = (RangeIterObj *)gc_alloc_obj(sizeof(RangeIterObj), &range_iterator_type);
    it->next = next;
    it->step = step;
    it->left = left;
    return OBJ_VAL(it);
}

static Value range_getiter(Value self) {
    if (is_big(self)) {
        return range_big_iter(self);
    }
    RangeObj *r = val_range(self);
    return range_iter_new(r->start, r->step, r->len);
}

static Value range_iter_next(Value self) {
    RangeIterObj *it = (RangeIterObj *)VAL_OBJ(self);
    if (it->left == 0) {
        return VAL_NULL;
    }
    intptr_t v = it->next;
    it->left--;
    it->next = (intptr_t)((uintptr_t)v + (uintptr_t)it->step);
    return int_value(v);
}

static Value range_reversed(Value self) {
    if (is_big(self)) {
        return range_big_reversed(self);
    }
    RangeObj *r = val_range(self);
    if (r->len == 0) {
        return range_iter_new(r->start, r->step, 0);
    }
    intptr_t last = range_at(r, r->len - 1);
    return range_iter_new(last, (intptr_t)((uintptr_t)0 - (uintptr_t)r->step), r->len);
}

static Value range_iter_length_hint(size_t nargs, const Value *args) {
    (void)nargs;
    RangeIterObj *it = (RangeIterObj *)VAL_OBJ(args[0]);
    return it->left > (uintptr_t)SMALL_INT_MAX ? int_from_u64(it->left) : val_from_small_int((intptr_t)it->left);
}

// --- methods ----------------------------------------------------------------

static Value range_count_m(size_t nargs, const Value *args) {
    (void)nargs;
    RangeObj *r = val_range(args[0]);
    if (is_big(args[0])) {
        if (is_exact_int(args[1])) {
            return val_from_small_int(range_big_find(args[0], int_coerce(args[1])) != VAL_NULL);
        }
        intptr_t n = 0;
        Value it = range_big_iter(args[0]), v;
        while ((v = obj_iternext(it)) != VAL_NULL) {
            n += obj_eq(v, args[1]);
        }
        return val_from_small_int(n);
    }
    if (is_exact_int(args[1])) {
        return val_from_small_int(range_find_int(r, args[1]) >= 0 ? 1 : 0);
    }
    intptr_t n = 0;
    for (uintptr_t i = 0; i < r->len; i++) {
        if (obj_eq(int_value(range_at(r, i)), args[1])) {
            n++;
        }
    }
    return val_from_small_int(n);
}

static Value range_index_m(size_t nargs, const Value *args) {
    (void)nargs;
    RangeObj *r = val_range(args[0]);
    if (is_big(args[0])) {
        Value pos = VAL_NULL;
        if (is_exact_int(args[1])) {
            pos = range_big_find(args[0], int_coerce(args[1]));
        } else {
            Value it = range_big_iter(args[0]), v;
            for (intptr_t i = 0; (v = obj_iternext(it)) != VAL_NULL; i++) {
                if (obj_eq(v, args[1])) {
                    pos = int_value(i);
                    break;
                }
            }
        }
        if (pos == VAL_NULL) {
            vm_raise(&exc_ValueError_type, "%R is not in range", args[1]);
        }
        return pos;
    }
    if (is_exact_int(args[1])) {
        intptr_t i = range_find_int(r, args[1]);
        if (i >= 0) {
            return int_value(i);
        }
    } else {
        for (uintptr_t i = 0; i < r->len; i++) {
            if (obj_eq(int_value(range_at(r, i)), args[1])) {
                return int_value((intptr_t)i);
            }
        }
    }
    vm_raise(&exc_ValueError_type, "%R is not in range", args[1]);
}





static Value range_reversed_m(size_t nargs, const Value *args) {
    (void)nargs;
    return range_reversed(args[0]);
}

static BUILTIN_FN(range_reversed_obj, __reversed__, 1, 1, range_reversed_m);
static BUILTIN_FN(range_count_obj, count, 2, 2, range_count_m);
static BUILTIN_FN(range_index_obj, index, 2, 2, range_index_m);

static const AttrEntry range_attrs[] = {
    {NAME(__reversed__), OBJ_VAL(&range_reversed_obj)},
    {NAME(count), OBJ_VAL(&range_count_obj)},
    {NAME(index), OBJ_VAL(&range_index_obj)},
};

const Type range_type = {
    .base = {&type_type},
    .name = NAME(range),
    .base_type = &object_type,
    .make_new = range_make_new,
    .repr = range_repr,
    .hash = range_hash,
    .unary_op = range_unary_op,
    .compare = range_compare,
    .subscr = range_subscr,
    .contains = range_contains,
    .getiter = range_getiter,
    .getattr = range_getattr,
    .attrs = range_attrs,
    .nattrs = sizeof(range_attrs) / sizeof(range_attrs[0]),
};

static BUILTIN_FN(range_iter_length_hint_obj, __length_hint__, 1, 1, range_iter_length_hint);

static const AttrEntry range_iter_attrs[] = {
    {NAME(__length_hint__), OBJ_VAL(&range_iter_length_hint_obj)},
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

const Type range_iterator_type = {
    .base = {&type_type},
    .name = NAME(range_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = range_iter_next,
    .attrs = range_iter_attrs,
    .nattrs = sizeof(range_iter_attrs) / sizeof(range_iter_attrs[0]),
};
