// The slice type and the index helpers every sequence uses: slice_indices
// (CPython's PySlice_Unpack + PySlice_AdjustIndices clamping rules) and
// seq_index (negative index normalisation, __index__, and CPython's
// IndexError / TypeError wording for each sequence type).
#include "gc.h"
#include "obj_cont.h"
#include "print.h"
#include "vm_raise.h"

Value slice_new(Value start, Value stop, Value step) {
    SliceObj *s = (SliceObj *)gc_alloc_obj(sizeof(SliceObj), &slice_type);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return OBJ_VAL(s);
}

static bool has_index(Value v) {
    return val_is_int(v) || type_lookup(type_of(v), NAME(__index__)) != VAL_NULL;
}

// A slice bound as a machine integer, clamped to [INTPTR_MIN, INTPTR_MAX]
// like PyNumber_AsSsize_t(v, NULL).
static intptr_t slice_bound(Value v) {
    if (val_is_small_int(v)) {
        return val_small_int(v);
    }
    if (!has_index(v)) {
        vm_raise(&exc_TypeError_type,
                 "slice indices must be integers or None or have an __index__ method");
    }
    Value i = int_coerce(v);
    if (i == VAL_NULL) {
        return obj_index(v);
    }
    int64_t x;
    if (int_to_i64(i, &x) && x >= INTPTR_MIN && x <= INTPTR_MAX) {
        return (intptr_t)x;
    }
    return int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
}

static void slice_unpack(Value slice, intptr_t *start, intptr_t *stop, intptr_t *step) {
    SliceObj *s = (SliceObj *)VAL_OBJ(slice);
    if (s->step == VAL_NONE) {
        *step = 1;
    } else {
        *step = slice_bound(s->step);
        if (*step == 0) {
            vm_raise(&exc_ValueError_type, "slice step cannot be zero");
        }
        if (*step < -INTPTR_MAX) {
            *step = -INTPTR_MAX;
        }
    }
    if (s->start == VAL_NONE) {
        *start = *step < 0 ? INTPTR_MAX : 0;
    } else {
        *start = slice_bound(s->start);
    }
    if (s->stop == VAL_NONE) {
        *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
    } else {
        *stop = slice_bound(s->stop);
    }
}

static size_t slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) {
            *start = step < 0 ? -1 : 0;
        }
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) {
            *stop = step < 0 ? -1 : 0;
        }
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) {
            return (size_t)((uintptr_t)(*start - *stop - 1) / (uintptr_t)(-step) + 1);
        }
    } else if (*start < *stop) {
        return (size_t)((uintptr_t)(*stop - *start - 1) / (uintptr_t)step + 1);
    }
    return 0;
}

size_t slice_indices(Value slice, size_t len, intptr_t *start, intptr_t *stop, intptr_t *step) {
    slice_unpack(slice, start, stop, step);
    return slice_adjust((intptr_t)len, start, stop, *step);
}

size_t seq_index(Value index, size_t len, const char *what) {
    intptr_t i;
    if (val_is_small_int(index)) {
        i = val_small_int(index);
    } else if (has_index(index)) {
        Value iv = int_coerce(index);
        int64_t x;
        if (iv == VAL_NULL) {
            i = obj_index(index);
        } else if (int_to_i64(iv, &x) && x >= INTPTR_MIN && x <= INTPTR_MAX) {
            i = (intptr_t)x;
        } else {
            vm_raise(&exc_IndexError_type, "cannot fit '%T' into an index-sized integer", index);
        }
    } else {
        vm_raise(&exc_TypeError_type, "%s indices must be integers or slices, not %T", what, index);
    }
    if (i < 0) {
        i += (intptr_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        bool range = what[0] == 'r' && what[1] == 'a';
        vm_raise(&exc_IndexError_type, "%s%s index out of range", what, range ? " object" : "");
    }
    return (size_t)i;
}

// --- the slice object ---------------------------------------------------

static Value slice_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0) {
        vm_raise(&exc_TypeError_type, "slice() takes no keyword arguments");
    }
    if (nargs == 0) {
        vm_raise(&exc_TypeError_type, "slice expected at least 1 argument, got 0");
    }
    if (nargs > 3) {
        vm_raise(&exc_TypeError_type, "slice expected at most 3 arguments, got %zu", nargs);
    }
    if (nargs == 1) {
        return slice_new(VAL_NONE, args[0], VAL_NONE);
    }
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : VAL_NONE);
}

static Value slice_repr(Value self) {
    SliceObj *s = (SliceObj *)VAL_OBJ(self);
    return str_printf("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_as_tuple(Value self) {
    SliceObj *s = (SliceObj *)VAL_OBJ(self);
    Value items[3] = {s->start, s->stop, s->step};
    return tuple_new(3, items);
}

static Value slice_compare(int op, Value a, Value b) {
    if (!is_type(a, &slice_type) || !is_type(b, &slice_type)) {
        return VAL_NULL;
    }
    if (a == b && (op == CMP_EQ || op == CMP_NE)) {
        return val_bool(op == CMP_EQ);
    }
    return obj_compare(op, slice_as_tuple(a), slice_as_tuple(b));
}

static Value slice_hash(Value self) {
    vm_raise(&exc_TypeError_type, "unhashable type: '%T'", self);
}

static Value slice_getattr(Value self, Value name) {
    SliceObj *s = (SliceObj *)VAL_OBJ(self);
    if (name == NAME(start)) {
        return s->start;
    }
    if (name == NAME(stop)) {
        return s->stop;
    }
    if (name == NAME(step)) {
        return s->step;
    }
    return VAL_NULL;
}

static Value slice_indices_m(size_t nargs, const Value *args) {
    (void)nargs;
    Value lv = args[1];
    if (!has_index(lv)) {
        vm_raise(&exc_TypeError_type, "'%T' object cannot be interpreted as an integer", lv);
    }
    intptr_t len = slice_bound(lv);
    if (len < 0) {
        vm_raise(&exc_ValueError_type, "length should not be negative");
    }
    intptr_t start, stop, step;
    slice_unpack(args[0], &start, &stop, &step);
    slice_adjust(len, &start, &stop, step);
    Value items[3] = {int_from_i64(start), int_from_i64(stop), int_from_i64(step)};
    return tuple_new(3, items);
}

static BUILTIN_FN(slice_indices_obj, indices, 2, 2, slice_indices_m);

static const AttrEntry slice_attrs[] = {
    {NAME(__hash__), VAL_NONE},
    {NAME(indices), OBJ_VAL(&slice_indices_obj)},
};

const Type slice_type = {
    .base = {&type_type},
    .name = NAME(slice),
    .base_type = &object_type,
    .make_new = slice_make_new,
    .repr = slice_repr,
    .hash = slice_hash,
    .compare = slice_compare,
    .getattr = slice_getattr,
    .attrs = slice_attrs,
    .nattrs = sizeof(slice_attrs) / sizeof(slice_attrs[0]),
};
