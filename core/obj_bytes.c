// The bytes and bytearray types: construction, the buffer protocol
// (obj_get_buffer), repr, indexing and slicing, iteration, + * % and
// comparisons, hashing (bytes only), bytearray item/slice assignment and
// deletion, and the two method tables (the methods are in
// obj_bytes_methods.c). A bytes object keeps its data inline after the
// header and is never changed once shared; a bytearray keeps its data in a
// separate no-scan block that grows geometrically.
#include <string.h>
#include "obj_str.h"
#include "gc.h"
#include "obj_cont.h"
#include "obj_memoryview.h"
#include "array.h"
#include "displayio.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

// --- construction -------------------------------------------------------------

// The hash field holds str_hash_bytes("") (FNV-1a offset basis) so that
// hashing never writes to this const object.
static const BytesObj empty_bytes = {{&bytes_type}, 2166136261u, 0, (uint8_t *)"", 0};

BytesObj *bytes_alloc(size_t len) {
    if (len >= SIZE_MAX / 2) {
        vm_raise_memory_error();
    }
    // Inline data and no heap pointers: the block need not be scanned.
    BytesObj *b = gc_alloc(sizeof(BytesObj) + len + 1, true);
    b->base.type = &bytes_type;
    b->len = len;
    b->data = (uint8_t *)(b + 1);
    return b;
}

Value bytes_new(const uint8_t *data, size_t len) {
    if (len == 0) {
        return OBJ_VAL(&empty_bytes);
    }
    BytesObj *b = bytes_alloc(len);
    memcpy(b->data, data, len);
    return OBJ_VAL(b);
}

Value bytearray_new(const uint8_t *data, size_t len) {
    BytesObj *b = (BytesObj *)gc_alloc_obj(sizeof(BytesObj), &bytearray_type);
    b->data = (uint8_t *)"";
    if (len > 0) {
        bytearray_reserve(b, len);
        memcpy(b->data, data, len);
        b->len = len;
    }
    return OBJ_VAL(b);
}

Value bytes_make(const char *data, size_t len) { return bytes_new((const uint8_t *)data, len); }

Value bytearray_make(const char *data, size_t len) {
    return bytearray_new((const uint8_t *)data, len);
}

void bytearray_reserve(BytesObj *b, size_t need) {
    if (need <= b->alloc) {
        return;
    }
    if (need >= SIZE_MAX / 2) {
        vm_raise_memory_error();
    }
    size_t n = b->alloc + b->alloc / 2 + 8;
    if (n < need) {
        n = need;
    }
    uint8_t *d = gc_alloc(n, true);
    memcpy(d, b->data, b->len);
    b->data = d;
    b->alloc = n;
}

void bytearray_splice(BytesObj *b, size_t start, size_t stop, const uint8_t *data, size_t n) {
    size_t old = stop - start;
    uint8_t *copy = NULL;
    if (n > 0 && data >= b->data && data < b->data + b->alloc) {
        copy = gc_alloc(n, true);   // source aliases the target (b[1:2] = b)
        memcpy(copy, data, n);
        data = copy;
    }
    if (n > old) {
        bytearray_reserve(b, b->len + (n - old));
    }
    memmove(b->data + start + n, b->data + stop, b->len - stop);
    if (n > 0) {
        memcpy(b->data + start, data, n);
    }
    b->len = b->len - old + n;
    b->hash = 0;
}

// --- access -------------------------------------------------------------------

BytesObj *bytes_get(Value v) {
    if (!val_is_obj(v)) {
        return NULL;
    }
    const Type *t = VAL_OBJ(v)->type;
    if (t == &bytes_type || t == &bytearray_type) {
        return (BytesObj *)VAL_OBJ(v);
    }
    if (type_is_heap(t) && (type_is_subtype(t, &bytes_type) || type_is_subtype(t, &bytearray_type))) {
        Value n = obj_native(v);
        if (n != v) {
            return bytes_get(n);
        }
    }
    return NULL;
}

// The buffer protocol. Buffer types are listed here; memoryview and array
// add their case below when they exist.
bool obj_get_buffer(Value v, const uint8_t **data, size_t *len) {
    BytesObj *b = bytes_get(v);
    if (b != NULL) {
        *data = b->data;
        *len = b->len;
        return true;
    }
    return memoryview_get_buffer(v, data, len) || array_get_buffer(v, data, len)
#if COPPER_MODULE_DISPLAYIO
           || disp_bitmap_get_buffer(v, data, len)
#endif
        ;
}

void bytes_buffer_arg(Value v, const uint8_t **data, size_t *len) {
    if (!obj_get_buffer(v, data, len)) {
        vm_raise(&exc_TypeError_type, "a bytes-like object is required, not '%s'",
                 val_type_name(v));
    }
}

uint8_t bytes_byte_arg(Value v) {
    intptr_t i = obj_index(v);
    if (i < 0 || i > 255) {
        vm_raise(&exc_ValueError_type, "byte must be in range(0, 256)");
    }
    return (uint8_t)i;
}

// --- constructors -------------------------------------------------------------

// Collects the bytes of an iterable of ints into v.
static void from_iterable(Vstr *v, Value src, bool is_bytearray) {
    size_t n;
    Value *items;
    Value list = VAL_NULL;
    if (!obj_get_array(src, &n, &items)) {
        list = list_from_iter(src);
        obj_get_array(list, &n, &items);
    }
    for (size_t i = 0; i < n; i++) {
        intptr_t x = obj_index(items[i]);
        if (x < 0 || x > 255) {
            vm_raise(&exc_ValueError_type, is_bytearray ? "byte must be in range(0, 256)"
                                                        : "bytes must be in range(0, 256)");
        }
        vstr_add_byte(v, (char)x);
    }
    (void)list;
}

static bool is_iterable(Value v) {
    const Type *t = type_of(v);
    if (type_is_heap(t)) {
        return type_lookup(t, NAME(__iter__)) != VAL_NULL ||
               type_lookup(t, NAME(__getitem__)) != VAL_NULL;
    }
    return t->getiter != NULL;
}

// bytes(s, encoding, errors) for a str source.
static Value encode_source(Value src, Value enc, Value err, const char *tname) {
    if (enc == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "string argument without an encoding");
    }
    if (str_get(enc) == NULL) {
        vm_raise(&exc_TypeError_type, "%s() argument 'encoding' must be str, not %s", tname,
                 val_type_name(enc));
    }
    if (err != VAL_NULL && str_get(err) == NULL) {
        vm_raise(&exc_TypeError_type, "%s() argument 'errors' must be str, not %s", tname,
                 val_type_name(err));
    }
    return codec_encode(src, enc, err);
}

// The content of bytes(src, encoding, errors) / bytearray(...) as a bytes
// object (or the source's own bytes when it is already exact bytes).
static Value make_content(Value src, Value enc, Value err, bool is_bytearray) {
    const char *tname = is_bytearray ? "bytearray" : "bytes";
    if (src == VAL_NULL) {
        if (enc != VAL_NULL) {
            vm_raise(&exc_TypeError_type, "encoding without a string argument");
        }
        if (err != VAL_NULL) {
            vm_raise(&exc_TypeError_type, "errors without a string argument");
        }
        return OBJ_VAL(&empty_bytes);
    }
    if (str_get(src) != NULL) {
        return encode_source(src, enc, err, tname);
    }
    if (enc != VAL_NULL) {
        vm_raise(&exc_TypeError_type, "encoding without a string argument");
    }
    if (err != VAL_NULL) {
        vm_raise(&exc_TypeError_type, "errors without a string argument");
    }
    if (!is_bytearray) {
        Value r = call_special_opt(src, NAME(__bytes__), 0, NULL);
        if (r != VAL_NULL) {
            if (!obj_isinstance(r, &bytes_type)) {
                vm_raise(&exc_TypeError_type, "__bytes__ returned non-bytes (type %s)",
                         val_type_name(r));
            }
            return r;
        }
    }
    const uint8_t *data;
    size_t len;
    if (obj_get_buffer(src, &data, &len)) {
        return is_type(src, &bytes_type) ? src : bytes_new(data, len);
    }
    const Type *t = type_of(src);
    if (val_is_small_int(src) || type_is_subtype(t, &int_type) || t == &bool_type ||
        (type_is_heap(t) && type_lookup(t, NAME(__index__)) != VAL_NULL)) {
        intptr_t n = obj_index(src);
        if (n < 0) {
            vm_raise(&exc_ValueError_type, "negative count");
        }
        BytesObj *b = bytes_alloc((size_t)n);
        return OBJ_VAL(b);
    }
    if (!is_iterable(src)) {
        vm_raise(&exc_TypeError_type, "cannot convert '%s' object to %s", val_type_name(src),
                 tname);
    }
    Vstr v = {NULL, 0, 0};
    from_iterable(&v, src, is_bytearray);
    return bytes_new((const uint8_t *)(v.buf != NULL ? v.buf : ""), v.len);
}

static Value construct(size_t nargs, const Value *args, Value kwnames, bool is_bytearray) {
    static const ArgSpec spec[] = {
        {NAME(source), false, false, VAL_NULL},
        {NAME(encoding), false, false, VAL_NULL},
        {NAME(errors), false, false, VAL_NULL},
    };
    Value a[3];
    args_parse(is_bytearray ? "bytearray" : "bytes", nargs, args, kwnames, 3, spec, a);
    Value content = make_content(a[0], a[1], a[2], is_bytearray);
    BytesObj *c = bytes_get(content);
    if (is_bytearray) {
        return bytearray_new(c->data, c->len);
    }
    return is_type(content, &bytes_type) ? content : bytes_new(c->data, c->len);
}

static Value bytes_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    return construct(nargs, args, kwnames, false);
}

static Value bytearray_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    return construct(nargs, args, kwnames, true);
}

// --- repr ---------------------------------------------------------------------

// `always_escape_single`: bytearray's repr escapes ' even inside "..." (as CPython's).
static void repr_body(Vstr *v, const uint8_t *data, size_t len, bool always_escape_single) {
    static const char hex[] = "0123456789abcdef";
    char quote = '\'';
    if (memchr(data, '\'', len) != NULL && memchr(data, '"', len) == NULL) {
        quote = '"';
    }
    vstr_add_cstr(v, "b");
    vstr_add_byte(v, quote);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = data[i];
        if (c == (uint8_t)quote || c == '\\' || (always_escape_single && c == '\'')) {
            vstr_add_byte(v, '\\');
            vstr_add_byte(v, (char)c);
        } else if (c == '\t') {
            vstr_add_cstr(v, "\\t");
        } else if (c == '\n') {
            vstr_add_cstr(v, "\\n");
        } else if (c == '\r') {
            vstr_add_cstr(v, "\\r");
        } else if (c < 0x20 || c >= 0x7F) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            vstr_add_bytes(v, e, 4);
        } else {
            vstr_add_byte(v, (char)c);
        }
    }
    vstr_add_byte(v, quote);
}

static Value bytes_repr(Value self) {
    BytesObj *b = bytes_get(self);
    Vstr v;
    vstr_init(&v, b->len + 3);
    if (bytes_is_bytearray(b)) {
        vstr_add_cstr(&v, "bytearray(");
        repr_body(&v, b->data, b->len, true);
        vstr_add_byte(&v, ')');
    } else {
        repr_body(&v, b->data, b->len, false);
    }
    return vstr_to_str(&v);
}

// --- indexing ---------------------------------------------------------------------

bool bytes_is_index_like(Value v) {
    if (val_is_small_int(v)) {
        return true;
    }
    const Type *t = type_of(v);
    return type_is_subtype(t, &int_type) || t == &bool_type ||
           (type_is_heap(t) && type_lookup(t, NAME(__index__)) != VAL_NULL);
}

// Normalised index for b[i]; IndexError with the type's wording.
static size_t item_index(BytesObj *b, Value index) {
    bool ba = bytes_is_bytearray(b);
    Value iv = int_coerce(obj_native(index));
    int64_t big;
    if (iv != VAL_NULL && !int_to_i64(iv, &big)) {
        vm_raise(&exc_IndexError_type, "cannot fit 'int' into an index-sized integer");
    }
    intptr_t i = obj_index(index);
    if (i < 0) {
        i += (intptr_t)b->len;
    }
    if (i < 0 || (size_t)i >= b->len) {
        vm_raise(&exc_IndexError_type, ba ? "bytearray index out of range" : "index out of range");
    }
    return (size_t)i;
}

static Value bytes_slice(BytesObj *b, Value slice) {
    intptr_t start, stop, step;
    size_t n = slice_indices(slice, b->len, &start, &stop, &step);
    bool ba = bytes_is_bytearray(b);
    if (step == 1) {
        return ba ? bytearray_new(b->data + start, n) : bytes_new(b->data + start, n);
    }
    Vstr v;
    vstr_init(&v, n);
    for (size_t i = 0; i < n; i++) {
        vstr_add_byte(&v, (char)b->data[start + (intptr_t)i * step]);
    }
    return ba ? bytearray_new((const uint8_t *)v.buf, n) : bytes_new((const uint8_t *)v.buf, n);
}

// The bytes a slice assignment stores: a buffer or an iterable of ints.
static void assigned_bytes(Value value, Vstr *tmp, const uint8_t **data, size_t *len) {
    if (obj_get_buffer(value, data, len)) {
        return;
    }
    if (str_get(value) != NULL || bytes_is_index_like(value) || !is_iterable(value)) {
        vm_raise(&exc_TypeError_type,
                 "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    from_iterable(tmp, value, true);
    *data = (const uint8_t *)(tmp->buf != NULL ? tmp->buf : "");
    *len = tmp->len;
}

static void slice_store(BytesObj *b, Value slice, Value value) {
    intptr_t start, stop, step;
    size_t n = slice_indices(slice, b->len, &start, &stop, &step);
    if (value == VAL_DELETE) {
        if (step == 1) {
            bytearray_splice(b, (size_t)start, (size_t)start + n, NULL, 0);
            return;
        }
        // Extended slice: keep the bytes not selected, in order.
        if (step < 0) {
            start = start + (intptr_t)(n - 1) * step;
            step = -step;
        }
        size_t w = (size_t)start, next = (size_t)start, removed = 0;
        for (size_t r = (size_t)start; r < b->len; r++) {
            if (removed < n && r == next) {
                removed++;
                next += (size_t)step;
                continue;
            }
            b->data[w++] = b->data[r];
        }
        b->len = w;
        return;
    }
    Vstr tmp = {NULL, 0, 0};
    const uint8_t *data;
    size_t len;
    assigned_bytes(value, &tmp, &data, &len);
    if (step == 1) {
        size_t s0 = (size_t)start;
        bytearray_splice(b, s0, s0 + n, data, len);
        return;
    }
    if (len != n) {
        vm_raise(&exc_ValueError_type,
                 "attempt to assign bytes of size %zu to extended slice of size %zu", len, n);
    }
    uint8_t *copy = gc_alloc(len + 1, true);
    memcpy(copy, data, len);
    for (size_t i = 0; i < n; i++) {
        b->data[start + (intptr_t)i * step] = copy[i];
    }
}

static Value bytes_subscr(Value self, Value index, Value value) {
    BytesObj *b = bytes_get(self);
    bool ba = bytes_is_bytearray(b);
    if (value != VAL_NULL && !ba) {
        return VAL_NULL;   // the protocol raises the immutability TypeError
    }
    bool is_slice = is_type(index, &slice_type);
    if (!is_slice && !bytes_is_index_like(index)) {
        vm_raise(&exc_TypeError_type, "%s indices must be integers or slices, not %s",
                 ba ? "bytearray" : "byte", val_type_name(index));
    }
    if (value == VAL_NULL) {
        if (is_slice) {
            return bytes_slice(b, index);
        }
        return val_from_small_int(b->data[item_index(b, index)]);
    }
    if (is_slice) {
        slice_store(b, index, value);
    } else if (value == VAL_DELETE) {
        size_t i = item_index(b, index);
        bytearray_splice(b, i, i + 1, NULL, 0);
    } else {
        size_t i = item_index(b, index);
        b->data[i] = bytes_byte_arg(value);
    }
    return VAL_NONE;
}

// --- iteration ------------------------------------------------------------------

typedef struct {
    Obj base;
    Value seq;
    size_t pos;
} BytesIterObj;

static Value bytes_iter_next(Value self) {
    BytesIterObj *it = (BytesIterObj *)VAL_OBJ(self);
    if (it->seq == VAL_NULL) {
        return VAL_NULL;
    }
    BytesObj *b = bytes_get(it->seq);
    if (it->pos >= b->len) {
        it->seq = VAL_NULL;
        return VAL_NULL;
    }
    return val_from_small_int(b->data[it->pos++]);
}

static const AttrEntry bytes_iter_attrs[] = {
    {NAME(__iter__), OBJ_VAL(&iter_self_obj)},
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

const Type bytes_iterator_type = {
    .base = {&type_type},
    .name = NAME(bytes_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = bytes_iter_next,
    .attrs = bytes_iter_attrs,
    .nattrs = sizeof(bytes_iter_attrs) / sizeof(bytes_iter_attrs[0]),
};

const Type bytearray_iterator_type = {
    .base = {&type_type},
    .name = NAME(bytearray_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = bytes_iter_next,
    .attrs = bytes_iter_attrs,
    .nattrs = sizeof(bytes_iter_attrs) / sizeof(bytes_iter_attrs[0]),
};

static Value bytes_getiter(Value self) {
    BytesObj *b = bytes_get(self);
    const Type *t = bytes_is_bytearray(b) ? &bytearray_iterator_type : &bytes_iterator_type;
    BytesIterObj *it = (BytesIterObj *)gc_alloc_obj(sizeof(BytesIterObj), t);
    it->seq = OBJ_VAL(b);
    it->pos = 0;
    return OBJ_VAL(it);
}

// --- operators ---------------------------------------------------------------------

static Value bytes_hash_slot(Value self) {
    BytesObj *b = bytes_get(self);
    if (bytes_is_bytearray(b)) {
        return VAL_NULL;   // unhashable
    }
    if (b->hash == 0) {
        b->hash = str_hash_bytes((const char *)b->data, b->len);
    }
    return val_from_small_int((intptr_t)(b->hash & (uint32_t)(SMALL_INT_MAX & 0xFFFFFFFF)));
}

static Value bytes_unary_op(int op, Value a) {
    BytesObj *b = bytes_get(a);
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)b->len);
    }
    if (op == UNOP_BOOL) {
        return val_bool(b->len != 0);
    }
    return VAL_NULL;
}


static Value repeat(BytesObj *b, intptr_t n) {
    bool ba = bytes_is_bytearray(b);
    if (n <= 0 || b->len == 0) {
        return ba ? bytearray_new(NULL, 0) : OBJ_VAL(&empty_bytes);
    }
    if ((uint64_t)b->len * (uint64_t)n >= SIZE_MAX / 2) {
        vm_raise_memory_error();
    }
    size_t total = b->len * (size_t)n;
    BytesObj *r = bytes_alloc(total);
    for (size_t done = 0; done < total; done += b->len) {
        memcpy(r->data + done, b->data, b->len);
    }
    return ba ? bytearray_new(r->data, total) : OBJ_VAL(r);
}

static bool may_reflect(Value other, Value rname) {
    const Type *t = type_of(other);
    return type_is_heap(t) && type_lookup(t, rname) != VAL_NULL;
}

// a + b (or a += b for a bytearray); x is a's BytesObj.
static Value concat(Value a, BytesObj *x, Value b, bool inplace) {
    bool ba = bytes_is_bytearray(x);
    const uint8_t *d;
    size_t n;
    if (!obj_get_buffer(b, &d, &n)) {
        if (may_reflect(b, NAME(__radd__))) {
            return VAL_NULL;
        }
        vm_raise(&exc_TypeError_type, "can't concat %s to %s", val_type_name(b),
                 ba ? "bytearray" : "bytes");
    }
    if (ba && inplace) {
        bytearray_splice(x, x->len, x->len, d, n);
        return a;
    }
    if (ba) {
        Value r = bytearray_new(x->data, x->len);
        bytearray_splice(bytes_get(r), x->len, x->len, d, n);
        return r;
    }
    BytesObj *r = bytes_alloc(x->len + n);
    memcpy(r->data, x->data, x->len);
    memcpy(r->data + x->len, d, n);
    return OBJ_VAL(r);
}

static Value bytes_binary_op(int op, Value a, Value b) {
    bool inplace = (op & BINOP_INPLACE) != 0;
    op &= ~BINOP_INPLACE;
    BytesObj *x = bytes_get(a);
    if (x == NULL) {
        intptr_t n;
        if (op == BINOP_MUL && seq_repeat_count(a, &n)) {
            return repeat(bytes_get(b), n);
        }
        if (op == BINOP_MUL && !may_reflect(a, NAME(__mul__))) {
            vm_raise(&exc_TypeError_type, "can't multiply sequence by non-int of type '%s'",
                     val_type_name(a));
        }
        return VAL_NULL;
    }
    bool ba = bytes_is_bytearray(x);
    switch (op) {
        case BINOP_ADD:
            return concat(a, x, b, inplace);
        case BINOP_MUL: {
            intptr_t n;
            if (!seq_repeat_count(b, &n)) {
                if (may_reflect(b, NAME(__rmul__))) {
                    return VAL_NULL;
                }
                vm_raise(&exc_TypeError_type, "can't multiply sequence by non-int of type '%s'",
                         val_type_name(b));
            }
            Value r = repeat(x, n);
            if (ba && inplace) {
                BytesObj *rb = bytes_get(r);
                bytearray_splice(x, 0, x->len, rb->data, rb->len);
                return a;
            }
            return r;
        }
        case BINOP_MOD:
            return bytes_percent_format(a, b);
        default:
            return VAL_NULL;
    }
}

static Value bytes_compare(int op, Value a, Value b) {
    BytesObj *x = bytes_get(a), *y = bytes_get(b);
    if (x == NULL || y == NULL) {
        return VAL_NULL;
    }
    size_t n = x->len < y->len ? x->len : y->len;
    int c = n > 0 ? memcmp(x->data, y->data, n) : 0;
    if (c == 0) {
        c = x->len < y->len ? -1 : (x->len > y->len ? 1 : 0);
    }
    return obj_cmp_result(op, c);
}

static Value bytes_contains(Value self, Value item) {
    BytesObj *b = bytes_get(self);
    if (bytes_is_index_like(item)) {
        uint8_t c = bytes_byte_arg(item);
        return val_bool(b->len > 0 && memchr(b->data, c, b->len) != NULL);
    }
    const uint8_t *d;
    size_t n;
    bytes_buffer_arg(item, &d, &n);
    return val_bool(search_find((const char *)b->data, b->len, (const char *)d, n) >= 0);
}

// --- the types -------------------------------------------------------------------

#define BYTES_ATTR(n) {NAME(n), OBJ_VAL(&bytes_##n##_obj)},
static const AttrEntry bytes_attrs[] = {BYTES_METHODS(BYTES_ATTR, BYTES_ATTR)};

#define BA_ATTR(n) {NAME(n), OBJ_VAL(&bytearray_##n##_obj)},
// Sorted by name text: the shared methods merged with the mutators.
static const AttrEntry bytearray_attrs[] = {
    BYTES_ATTR(__mod__) BYTES_ATTR(__rmod__) BA_ATTR(append) BYTES_ATTR(capitalize)
    BYTES_ATTR(center) BA_ATTR(clear) BA_ATTR(copy) BYTES_ATTR(count) BYTES_ATTR(decode)
    BYTES_ATTR(endswith) BYTES_ATTR(expandtabs) BA_ATTR(extend) BYTES_ATTR(find)
    BYTES_ATTR(fromhex) BYTES_ATTR(hex) BYTES_ATTR(index) BA_ATTR(insert) BYTES_ATTR(isalnum)
    BYTES_ATTR(isalpha) BYTES_ATTR(isascii) BYTES_ATTR(isdigit) BYTES_ATTR(islower)
    BYTES_ATTR(isspace) BYTES_ATTR(istitle) BYTES_ATTR(isupper) BYTES_ATTR(join)
    BYTES_ATTR(ljust) BYTES_ATTR(lower) BYTES_ATTR(lstrip) BYTES_ATTR(maketrans)
    BYTES_ATTR(partition) BA_ATTR(pop) BA_ATTR(remove) BYTES_ATTR(removeprefix)
    BYTES_ATTR(removesuffix) BYTES_ATTR(replace) BA_ATTR(reverse) BYTES_ATTR(rfind)
    BYTES_ATTR(rindex) BYTES_ATTR(rjust) BYTES_ATTR(rpartition) BYTES_ATTR(rsplit)
    BYTES_ATTR(rstrip) BYTES_ATTR(split) BYTES_ATTR(splitlines) BYTES_ATTR(startswith)
    BYTES_ATTR(strip) BYTES_ATTR(swapcase) BYTES_ATTR(title) BYTES_ATTR(translate)
    BYTES_ATTR(upper) BYTES_ATTR(zfill)
};
#undef BA_ATTR
#undef BYTES_ATTR

const Type bytes_type = {
    .base = {&type_type},
    .name = NAME(bytes),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = bytes_make_new,
    .repr = bytes_repr,
    .hash = bytes_hash_slot,
    .unary_op = bytes_unary_op,
    .binary_op = bytes_binary_op,
    .compare = bytes_compare,
    .subscr = bytes_subscr,
    .contains = bytes_contains,
    .getiter = bytes_getiter,
    .attrs = bytes_attrs,
    .nattrs = sizeof(bytes_attrs) / sizeof(bytes_attrs[0]),
};

const Type bytearray_type = {
    .base = {&type_type},
    .name = NAME(bytearray),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = bytearray_make_new,
    .repr = bytes_repr,
    .hash = bytes_hash_slot,
    .unary_op = bytes_unary_op,
    .binary_op = bytes_binary_op,
    .compare = bytes_compare,
    .subscr = bytes_subscr,
    .contains = bytes_contains,
    .getiter = bytes_getiter,
    .attrs = bytearray_attrs,
    .nattrs = sizeof(bytearray_attrs) / sizeof(bytearray_attrs[0]),
};
