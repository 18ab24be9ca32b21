// Ranges whose bounds or length do not fit a machine integer
// (range(10**20)): the slow path of obj_range.c. Such a RangeObj keeps
// (start, stop, step, len) as Python ints in `big` and does every
// computation with the generic int operators; its iterator is CPython's
// longrange_iterator, which allocates as it goes. Ranges that fit never
// come here.
#include "gc.h"
#include "obj_cont.h"
#include "print.h"
#include "vm_raise.h"

enum { B_START, B_STOP, B_STEP, B_LEN };

static inline Value bget(Value self, int i) {
    return val_tuple(((RangeObj *)VAL_OBJ(self))->big)->items[i];
}

static Value add(Value a, Value b) { return obj_binary_op(BINOP_ADD, a, b); }
static Value sub(Value a, Value b) { return obj_binary_op(BINOP_SUB, a, b); }
static Value mul(Value a, Value b) { return obj_binary_op(BINOP_MUL, a, b); }
static Value floordiv(Value a, Value b) { return obj_binary_op(BINOP_FLOORDIV, a, b); }
static bool lt(Value a, Value b) { return obj_truthy(obj_compare(CMP_LT, a, b)); }
static bool eq(Value a, Value b) { return obj_eq(a, b); }
#define ZERO val_from_small_int(0)
#define ONE val_from_small_int(1)

// CPython's compute_range_length on Python ints.
static Value big_length(Value start, Value stop, Value step) {
    if (int_sign(step) > 0) {
        if (!lt(start, stop)) {
            return val_from_small_int(0);
        }
        return add(floordiv(sub(sub(stop, start), ONE), step), ONE);
    }
    if (!lt(stop, start)) {
        return val_from_small_int(0);
    }
    return add(floordiv(sub(sub(start, stop), ONE), obj_unary_op(UNOP_NEG, step)), ONE);
}

Value range_big_new(Value start, Value stop, Value step) {
    Value items[4] = {start, stop, step, big_length(start, stop, step)};
    Value t = tuple_new(4, items);
    RangeObj *r = (RangeObj *)gc_alloc_obj(sizeof(RangeObj), &range_type);
    r->big = t;
    return OBJ_VAL(r);
}

Value range_big_attr(Value self, int which) { return bget(self, which); }

Value range_big_repr(Value self) {
    if (eq(bget(self, B_STEP), ONE)) {
        return str_printf("range(%R, %R)", bget(self, B_START), bget(self, B_STOP));
    }
    return str_printf("range(%R, %R, %R)", bget(self, B_START), bget(self, B_STOP), bget(self, B_STEP));
}

Value range_big_len(Value self) {
    Value n = bget(self, B_LEN);
    if (!val_is_small_int(n)) {
        vm_raise(&exc_OverflowError_type, "Python int too large to convert to C ssize_t");
    }
    return n;
}

bool range_big_bool(Value self) { return int_sign(bget(self, B_LEN)) != 0; }

// Position of integer x in the range, or VAL_NULL.
Value range_big_find(Value self, Value x) {
    Value start = bget(self, B_START), stop = bget(self, B_STOP), step = bget(self, B_STEP);
    if (int_sign(step) > 0) {
        if (lt(x, start) || !lt(x, stop)) {
            return VAL_NULL;
        }
    } else if (lt(start, x) || !lt(stop, x)) {
        return VAL_NULL;
    }
    Value off = sub(x, start);
    if (int_sign(obj_binary_op(BINOP_MOD, off, step)) != 0) {
        return VAL_NULL;
    }
    return floordiv(off, step);
}

// r[i] for an int i (negative from the end).
Value range_big_item(Value self, Value i) {
    Value len = bget(self, B_LEN);
    if (int_sign(i) < 0) {
        i = add(i, len);
    }
    if (int_sign(i) < 0 || !lt(i, len)) {
        vm_raise(&exc_IndexError_type, "range object index out of range");
    }
    return add(bget(self, B_START), mul(i, bget(self, B_STEP)));
}

// One slice bound as CPython's _PySlice_GetLongIndices resolves it.
static Value slice_bound(Value v, Value len, Value lower, Value upper, Value dflt) {
    if (v == VAL_NONE) {
        return dflt;
    }
    Value i = int_coerce(v);
    if (i == VAL_NULL) {
        i = int_from_i64(obj_index(v));
    }
    if (int_sign(i) < 0) {
        i = add(i, len);
        return lt(i, lower) ? lower : i;
    }
    return lt(upper, i) ? upper : i;
}

// A slice of any range, computed on Python ints: another range.
Value range_big_slice(Value start, Value step, Value len, Value slice) {
    SliceObj *s = (SliceObj *)VAL_OBJ(slice);
    Value sstep = ONE;
    if (s->step != VAL_NONE) {
        sstep = int_coerce(s->step);
        if (sstep == VAL_NULL) {
            sstep = int_from_i64(obj_index(s->step));
        }
        if (int_sign(sstep) == 0) {
            vm_raise(&exc_ValueError_type, "slice step cannot be zero");
        }
    }
    bool neg = int_sign(sstep) < 0;
    Value lower = neg ? val_from_small_int(-1) : ZERO;
    Value upper = neg ? add(len, val_from_small_int(-1)) : len;
    Value a = slice_bound(s->start, len, lower, upper, neg ? upper : lower);
    Value b = slice_bound(s->stop, len, lower, upper, neg ? lower : upper);
    Value nstart = add(start, mul(a, step));
    Value nstop = add(start, mul(b, step));
    Value nstep = mul(step, sstep);
    int64_t x, y, z;
    if (int_to_i64(nstart, &x) && int_to_i64(nstop, &y) && int_to_i64(nstep, &z) &&
        x >= INTPTR_MIN && x <= INTPTR_MAX && y >= INTPTR_MIN && y <= INTPTR_MAX &&
        z >= INTPTR_MIN && z <= INTPTR_MAX) {
        return range_new((intptr_t)x, (intptr_t)y, (intptr_t)z);
    }
    return range_big_new(nstart, nstop, nstep);
}

Value range_big_slice_of(Value self, Value slice) {
    return range_big_slice(bget(self, B_START), bget(self, B_STEP), bget(self, B_LEN), slice);
}

bool range_big_equal(Value a, Value b) {
    Value la = bget(a, B_LEN);
    if (!eq(la, bget(b, B_LEN))) {
        return false;
    }
    if (int_sign(la) == 0) {
        return true;
    }
    if (!eq(bget(a, B_START), bget(b, B_START))) {
        return false;
    }
    return eq(la, ONE) || eq(bget(a, B_STEP), bget(b, B_STEP));
}

Value range_big_hash_items(Value self, Value out[3]) {
    Value len = bget(self, B_LEN);
    out[0] = len;
    out[1] = int_sign(len) == 0 ? VAL_NONE : bget(self, B_START);
    out[2] = int_sign(len) == 0 || eq(len, ONE) ? VAL_NONE : bget(self, B_STEP);
    return len;
}

// --- longrange_iterator -----------------------------------------------------

typedef struct {
    Obj base;
    Value next;
    Value step;
    Value left;     // int; 0 when exhausted
} LongRangeIterObj;

extern const Type longrange_iterator_type;

static Value longiter_new(Value next, Value step, Value left) {
    LongRangeIterObj *it = (LongRangeIterObj *)gc_alloc_obj(sizeof(LongRangeIterObj), &longrange_iterator_type);
    it->next = next;
    it->step = step;
    it->left = left;
    return OBJ_VAL(it);
}

Value range_big_iter(Value self) {
    return longiter_new(bget(self, B_START), bget(self, B_STEP), bget(self, B_LEN));
}

Value range_big_reversed(Value self) {
    Value len = bget(self, B_LEN), step = bget(self, B_STEP);
    Value last = add(bget(self, B_START), mul(sub(len, ONE), step));
    return longiter_new(last, obj_unary_op(UNOP_NEG, step), len);
}

static Value longiter_next(Value self) {
    LongRangeIterObj *it = (LongRangeIterObj *)VAL_OBJ(self);
    if (int_sign(it->left) <= 0) {
        return VAL_NULL;
    }
    Value v = it->next;
    it->left = sub(it->left, ONE);
    it->next = add(v, it->step);
    return v;
}

const Type longrange_iterator_type = {
    .base = {&type_type},
    .name = NAME(longrange_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = longiter_next,
};
