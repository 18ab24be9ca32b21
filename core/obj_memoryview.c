// The memoryview type, as CPython 3.11 behaves for one-dimensional views of
// unsigned bytes (format 'B', the only format of bytes and bytearray):
// construction from any buffer object, len, indexing, slicing into views
// that share the memory, item and slice assignment when the exporter is
// writable (a bytearray), tobytes/tolist/hex, release and the context
// manager, ==, hashing of read-only views, iteration, and the attributes
// (nbytes, readonly, format, itemsize, shape, strides, ...). The buffer
// protocol hook (memoryview_get_buffer) lets bytes(), bytearray(), join and
// file.write take views.
#include <string.h>
#include "gc.h"
#include "obj_cont.h"
#include "obj_int.h"
#include "obj_memoryview.h"
#include "obj_str.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

static MemoryViewObj *mv_get(Value v) {
    return (MemoryViewObj *)VAL_OBJ(v);
}

static MemoryViewObj *mv_checked(Value v) {
    MemoryViewObj *m = mv_get(v);
    if (m->released) {
        vm_raise(&exc_ValueError_type, "operation forbidden on released memoryview object");
    }
    return m;
}

static Value mv_alloc(Value obj, size_t start, size_t len, intptr_t step, bool readonly) {
    MemoryViewObj *m = (MemoryViewObj *)gc_alloc_obj(sizeof(MemoryViewObj), &memoryview_type);
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->step = step;
    m->readonly = readonly;
    m->released = false;
    return OBJ_VAL(m);
}

// The exporter's bytes, checked to still cover the view (CPython forbids
// resizing an exporter; Copper detects it on the next access instead).
static uint8_t *mv_data(MemoryViewObj *m) {
    const uint8_t *data;
    size_t n;
    if (!obj_get_buffer(m->obj, &data, &n)) {
        vm_raise(&exc_BufferError_type, "memoryview: underlying object lost its buffer");
    }
    size_t hi = m->step > 0 && m->len > 0 ? m->start + (m->len - 1) * (size_t)m->step : m->start;
    if (m->len > 0 && hi >= n) {
        vm_raise(&exc_BufferError_type, "Existing exports of data: object cannot be re-sized");
    }
    return (uint8_t *)data;
}

// The items of the view as contiguous bytes: the exporter's memory itself
// when the stride is 1, else a copy.
static const uint8_t *mv_contiguous(MemoryViewObj *m) {
    uint8_t *d = mv_data(m);
    if (m->step == 1) {
        return d + m->start;
    }
    uint8_t *copy = (uint8_t *)gc_alloc(m->len + 1, true);
    for (size_t i = 0; i < m->len; i++) {
        copy[i] = d[m->start + (intptr_t)i * m->step];
    }
    return copy;
}

bool memoryview_get_buffer(Value v, const uint8_t **data, size_t *len) {
    if (!is_type(v, &memoryview_type)) {
        return false;
    }
    MemoryViewObj *m = mv_checked(v);
    *data = mv_contiguous(m);
    *len = m->len;
    return true;
}

static Value mv_bytes(MemoryViewObj *m) {
    return bytes_new(mv_contiguous(m), m->len);
}

// --- construction --------------------------------------------------------------

static Value memoryview_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {{NAME(object), true, false, VAL_NULL}};
    Value obj;
    args_parse("memoryview", nargs, args, kwnames, 1, spec, &obj);
    if (is_type(obj, &memoryview_type)) {
        MemoryViewObj *m = mv_checked(obj);
        return mv_alloc(m->obj, m->start, m->len, m->step, m->readonly);
    }
    const uint8_t *data;
    size_t len;
    if (val_is_str(obj) || !obj_get_buffer(obj, &data, &len)) {
        vm_raise(&exc_TypeError_type, "memoryview: a bytes-like object is required, not '%s'",
                 val_type_name(obj));
    }
    BytesObj *b = bytes_get(obj);
    bool writable = b == NULL || bytes_is_bytearray(b);   // bytes are the only read-only exporter
    return mv_alloc(obj, 0, len, 1, !writable);
}

// --- items -------------------------------------------------------------------------

static bool is_index_key(Value v) {
    if (val_is_small_int(v)) {
        return true;
    }
    const Type *t = type_of(v);
    return type_is_subtype(t, &int_type) || t == &bool_type ||
           (type_is_heap(t) && type_lookup(t, NAME(__index__)) != VAL_NULL);
}

static size_t mv_index(MemoryViewObj *m, Value key) {
    intptr_t i = obj_index(key);
    if (i < 0) {
        i += (intptr_t)m->len;
    }
    if (i < 0 || (size_t)i >= m->len) {
        vm_raise(&exc_IndexError_type, "index out of bounds on dimension 1");
    }
    return m->start + (size_t)((intptr_t)i * m->step);
}

static void mv_store_item(MemoryViewObj *m, Value key, Value value) {
    size_t off = mv_index(m, key);
    if (!is_index_key(value)) {
        vm_raise(&exc_TypeError_type, "memoryview: invalid type for format 'B'");
    }
    Value iv = int_index_value(value);
    int64_t x;
    if (!int_to_i64(iv, &x) || x < 0 || x > 255) {
        vm_raise(&exc_ValueError_type, "memoryview: invalid value for format 'B'");
    }
    mv_data(m)[off] = (uint8_t)x;
}

static void mv_store_slice(MemoryViewObj *m, Value key, Value value) {
    const uint8_t *src;
    size_t n;
    if (!obj_get_buffer(value, &src, &n) || val_is_str(value)) {
        vm_raise(&exc_TypeError_type, "a bytes-like object is required, not '%s'",
                 val_type_name(value));
    }
    intptr_t i0, stop, step;
    size_t count = slice_indices(key, m->len, &i0, &stop, &step);
    if (count != n) {
        vm_raise(&exc_ValueError_type,
                 "memoryview assignment: lvalue and rvalue have different structures");
    }
    uint8_t *d = mv_data(m);
    // The source may overlap the destination (m[1:] = m[:-1]): copy it first.
    uint8_t small[64];
    uint8_t *tmp = n <= sizeof small ? small : (uint8_t *)gc_alloc(n, true);
    memcpy(tmp, src, n);
    for (size_t k = 0; k < n; k++) {
        d[(size_t)((intptr_t)m->start + (i0 + (intptr_t)k * step) * m->step)] = tmp[k];
    }
}

static Value memoryview_subscr(Value self, Value key, Value value) {
    MemoryViewObj *m = mv_checked(self);
    bool is_slice = is_type(key, &slice_type);
    if (value == VAL_NULL) {
        if (is_index_key(key)) {
            return val_from_small_int(mv_data(m)[mv_index(m, key)]);
        }
        if (is_slice) {
            intptr_t i0, stop, step;
            size_t count = slice_indices(key, m->len, &i0, &stop, &step);
            size_t start = count == 0 ? m->start : m->start + (size_t)(i0 * m->step);
            return mv_alloc(m->obj, start, count, step * m->step, m->readonly);
        }
        vm_raise(&exc_TypeError_type, "memoryview: invalid slice key");
    }
    if (m->readonly) {
        vm_raise(&exc_TypeError_type, "cannot modify read-only memory");
    }
    if (value == VAL_DELETE) {
        vm_raise(&exc_TypeError_type, "cannot delete memory");
    }
    if (is_index_key(key)) {
        mv_store_item(m, key, value);
    } else if (is_slice) {
        mv_store_slice(m, key, value);
    } else {
        vm_raise(&exc_TypeError_type, "memoryview: invalid slice key");
    }
    return VAL_NONE;
}

// --- iteration ---------------------------------------------------------------------

typedef struct {
    Obj base;
    Value view;     // VAL_NULL once exhausted
    size_t pos;
} MemoryIterObj;

static const Type memory_iterator_type;

static Value memoryview_getiter(Value self) {
    mv_checked(self);
    MemoryIterObj *it = (MemoryIterObj *)gc_alloc_obj(sizeof(MemoryIterObj), &memory_iterator_type);
    it->view = self;
    it->pos = 0;
    return OBJ_VAL(it);
}

static Value memory_iter_next(Value self) {
    MemoryIterObj *it = (MemoryIterObj *)VAL_OBJ(self);
    if (it->view == VAL_NULL) {
        return VAL_NULL;
    }
    MemoryViewObj *m = mv_checked(it->view);
    if (it->pos >= m->len) {
        it->view = VAL_NULL;
        return VAL_NULL;
    }
    size_t off = m->start + (size_t)((intptr_t)it->pos * m->step);
    it->pos++;
    return val_from_small_int(mv_data(m)[off]);
}

static const AttrEntry memory_iter_attrs[] = {
    {NAME(__iter__), OBJ_VAL(&iter_self_obj)},
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

static const Type memory_iterator_type = {
    .base = {&type_type},
    .name = NAME(memory_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = memory_iter_next,
    .attrs = memory_iter_attrs,
    .nattrs = sizeof(memory_iter_attrs) / sizeof(memory_iter_attrs[0]),
};

// --- slots -------------------------------------------------------------------------

static Value memoryview_repr(Value self) {
    MemoryViewObj *m = mv_get(self);
    return str_printf(m->released ? "<released memory at %p>" : "<memory at %p>",
                      (void *)VAL_OBJ(self));
}

static Value memoryview_unary_op(int op, Value a) {
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)mv_checked(a)->len);
    }
    return VAL_NULL;
}

static Value memoryview_hash(Value self) {
    MemoryViewObj *m = mv_checked(self);
    if (!m->readonly) {
        vm_raise(&exc_ValueError_type, "cannot hash writable memoryview object");
    }
    return hash_to_value(obj_hash(mv_bytes(m)));
}

// == and != against any buffer object, item by item; a released view is
// only equal to itself.
static Value memoryview_compare(int op, Value a, Value b) {
    if (op != CMP_EQ && op != CMP_NE) {
        return VAL_NOTIMPL;
    }
    MemoryViewObj *m = mv_get(a);
    bool equal;
    if (a == b) {
        equal = true;
    } else if (m->released || (is_type(b, &memoryview_type) && mv_get(b)->released)) {
        equal = false;
    } else {
        const uint8_t *other;
        size_t n;
        if (val_is_str(b) || !obj_get_buffer(b, &other, &n)) {
            return VAL_NOTIMPL;
        }
        equal = n == m->len && memcmp(mv_contiguous(m), other, n) == 0;
    }
    return val_bool(op == CMP_EQ ? equal : !equal);
}

static Value int_tuple1(intptr_t x) {
    Value v = val_from_small_int(x);
    return tuple_new(1, &v);
}

static Value memoryview_getattr(Value self, Value name) {
    if (name != NAME(obj) && name != NAME(nbytes) && name != NAME(readonly) &&
        name != NAME(itemsize) && name != NAME(format) && name != NAME(ndim) &&
        name != NAME(shape) && name != NAME(strides) && name != NAME(suboffsets) &&
        name != NAME(c_contiguous) && name != NAME(f_contiguous) && name != NAME(contiguous)) {
        return VAL_NULL;
    }
    MemoryViewObj *m = mv_checked(self);
    if (name == NAME(obj)) {
        return m->obj;
    }
    if (name == NAME(nbytes)) {
        return val_from_small_int((intptr_t)m->len);
    }
    if (name == NAME(readonly)) {
        return val_bool(m->readonly);
    }
    if (name == NAME(itemsize) || name == NAME(ndim)) {
        return val_from_small_int(1);
    }
    if (name == NAME(format)) {
        return str_new_cstr("B");
    }
    if (name == NAME(shape)) {
        return int_tuple1((intptr_t)m->len);
    }
    if (name == NAME(strides)) {
        return int_tuple1(m->step);
    }
    if (name == NAME(suboffsets)) {
        return tuple_empty();
    }
    // One-dimensional: C and Fortran contiguity are the same thing.
    return val_bool(m->step == 1 || m->len <= 1);
}

// --- methods -----------------------------------------------------------------------

static Value mv_tobytes_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {{NAME(order), false, false, VAL_NONE}};
    Value order;
    args_parse("tobytes", nargs - 1, args + 1, kwnames, 1, spec, &order);
    MemoryViewObj *m = mv_checked(args[0]);
    if (order != VAL_NONE) {
        const char *o = val_is_str(order) ? str_cstr(order) : "";
        if (strcmp(o, "C") != 0 && strcmp(o, "F") != 0 && strcmp(o, "A") != 0) {
            vm_raise(&exc_ValueError_type, "order must be 'C', 'F' or 'A'");
        }
    }
    return mv_bytes(m);
}

static Value mv_tolist_m(size_t n, const Value *a) {
    (void)n;
    MemoryViewObj *m = mv_checked(a[0]);
    const uint8_t *d = mv_contiguous(m);
    Value list = list_new(m->len, NULL);
    for (size_t i = 0; i < m->len; i++) {
        val_list(list)->items[i] = val_from_small_int(d[i]);
    }
    return list;
}

// hex(sep=None, bytes_per_sep=1): bytes.hex of the items.
static Value mv_hex_m(size_t nargs, const Value *args, Value kwnames) {
    MemoryViewObj *m = mv_checked(args[0]);
    size_t nkw = kwnames == VAL_NULL ? 0 : val_tuple(kwnames)->len;
    Value *a = (Value *)gc_alloc(sizeof(Value) * (nargs + nkw), false);
    memcpy(a, args, sizeof(Value) * (nargs + nkw));
    a[0] = mv_bytes(m);
    return obj_call(OBJ_VAL(&bytes_hex_obj), nargs, a, kwnames);
}

static Value mv_release_m(size_t n, const Value *a) {
    (void)n;
    MemoryViewObj *m = mv_get(a[0]);
    m->released = true;
    m->obj = VAL_NULL;
    return VAL_NONE;
}

static Value mv_enter_m(size_t n, const Value *a) {
    (void)n;
    mv_checked(a[0]);
    return a[0];
}

static Value mv_exit_m(size_t n, const Value *a) {
    return mv_release_m(n, a);
}

static Value mv_toreadonly_m(size_t n, const Value *a) {
    (void)n;
    MemoryViewObj *m = mv_checked(a[0]);
    return mv_alloc(m->obj, m->start, m->len, m->step, true);
}

// cast(format): only the byte formats are supported ('B', 'b' and 'c'
// would need signed/char items; Copper's views are unsigned bytes).
static Value mv_cast_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(format), true, false, VAL_NULL},
        {NAME(shape), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("cast", nargs - 1, args + 1, kwnames, 2, spec, a);
    MemoryViewObj *m = mv_checked(args[0]);
    if (!val_is_str(a[0])) {
        vm_raise(&exc_TypeError_type, "memoryview: format argument must be a string");
    }
    const char *f = str_cstr(a[0]);
    if (strcmp(f, "B") != 0 && strcmp(f, "@B") != 0) {
        vm_raise(&exc_NotImplementedError_type, "memoryview: cast to format '%s' is not supported",
                 f);
    }
    if (m->step != 1 && m->len > 1) {
        vm_raise(&exc_TypeError_type, "memoryview: casts are restricted to C-contiguous views");
    }
    return mv_alloc(m->obj, m->start, m->len, 1, m->readonly);
}

static BUILTIN_FN(mv_enter_obj, __enter__, 1, 1, mv_enter_m);
static BUILTIN_FN(mv_exit_obj, __exit__, 1, 4, mv_exit_m);
static BUILTIN_FN_KW(mv_cast_obj, cast, 1, 3, mv_cast_m);
static BUILTIN_FN_KW(mv_hex_obj, hex, 1, 3, mv_hex_m);
static BUILTIN_FN(mv_release_obj, release, 1, 1, mv_release_m);
static BUILTIN_FN_KW(mv_tobytes_obj, tobytes, 1, 2, mv_tobytes_m);
static BUILTIN_FN(mv_tolist_obj, tolist, 1, 1, mv_tolist_m);
static BUILTIN_FN(mv_toreadonly_obj, toreadonly, 1, 1, mv_toreadonly_m);

static const AttrEntry memoryview_attrs[] = {
    {NAME(__enter__), OBJ_VAL(&mv_enter_obj)},
    {NAME(__exit__), OBJ_VAL(&mv_exit_obj)},
    {NAME(cast), OBJ_VAL(&mv_cast_obj)},
    {NAME(hex), OBJ_VAL(&mv_hex_obj)},
    {NAME(release), OBJ_VAL(&mv_release_obj)},
    {NAME(tobytes), OBJ_VAL(&mv_tobytes_obj)},
    {NAME(tolist), OBJ_VAL(&mv_tolist_obj)},
    {NAME(toreadonly), OBJ_VAL(&mv_toreadonly_obj)},
};

const Type memoryview_type = {
    .base = {&type_type},
    .name = NAME(memoryview),
    .flags = 0,
    .base_type = &object_type,
    .make_new = memoryview_make_new,
    .repr = memoryview_repr,
    .hash = memoryview_hash,
    .unary_op = memoryview_unary_op,
    .compare = memoryview_compare,
    .subscr = memoryview_subscr,
    .getiter = memoryview_getiter,
    .getattr = memoryview_getattr,
    .attrs = memoryview_attrs,
    .nattrs = sizeof(memoryview_attrs) / sizeof(memoryview_attrs[0]),
};
