// The str type: construction, hashing and equality, concatenation and
// join, repr/ascii, indexing and slicing by code point, iteration, the
// type's slots and its const method table (the methods themselves are in
// obj_str_methods.c). A str is immutable UTF-8 with a cached hash and its
// code-point count; when charlen == len the string is ASCII and indexing is
// O(1). Non-ASCII indexing walks the bytes, helped by a one-entry cache of
// the last (str, code point, byte offset) so loops over s[i] stay linear.
// The empty str and the 128 one-character ASCII strs are const objects in
// flash, so iterating or indexing ASCII text never allocates.
#include <string.h>
#include "obj_str.h"
#include "gc.h"
#include "obj_cont.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

// --- const strs ---------------------------------------------------------------

#define FNV1(c) ((uint32_t)((2166136261u ^ (uint32_t)(c)) * 16777619u))
#define B8(c) (c), 0, (c) + 1, 0, (c) + 2, 0, (c) + 3, 0, (c) + 4, 0, (c) + 5, 0, (c) + 6, 0, (c) + 7, 0
#define B64(c) B8(c), B8((c) + 8), B8((c) + 16), B8((c) + 24), B8((c) + 32), B8((c) + 40), \
               B8((c) + 48), B8((c) + 56)
static const char ascii_bytes[256] = {B64(0), B64(64)};

#define SC(c) {{&str_type}, FNV1(c), 1, 1, 0, &ascii_bytes[2 * (c)]}
#define SC8(c) SC(c), SC((c) + 1), SC((c) + 2), SC((c) + 3), SC((c) + 4), SC((c) + 5), \
               SC((c) + 6), SC((c) + 7)
#define SC64(c) SC8(c), SC8((c) + 8), SC8((c) + 16), SC8((c) + 24), SC8((c) + 32), \
                SC8((c) + 40), SC8((c) + 48), SC8((c) + 56)
static const StrObj ascii_chars[128] = {SC64(0), SC64(64)};
// FNV-1a of no bytes is the offset basis.
static const StrObj empty_str = {{&str_type}, 2166136261u, 0, 0, 0, ""};

Value str_empty(void) { return OBJ_VAL(&empty_str); }

// --- construction -------------------------------------------------------------

StrObj *str_alloc(size_t len) {
    if (len > STR_LEN_MAX) {
        vm_raise_memory_error();
    }
    StrObj *s = gc_alloc(sizeof(StrObj) + len + 1, true);
    s->base.type = &str_type;
    s->len = (uint32_t)len;
    s->charlen = (uint32_t)len;
    s->data = str_buf(s);
    return s;
}

Value str_finish(StrObj *s) {
    s->charlen = (uint32_t)utf8_count(s->data, s->len);
    if (s->len == 1 && s->charlen == 1) {
        return OBJ_VAL(&ascii_chars[(uint8_t)s->data[0]]);
    }
    return OBJ_VAL(s);
}

Value str_new_len(const char *data, size_t len, size_t charlen) {
    if (len == 0) {
        return OBJ_VAL(&empty_str);
    }
    if (len == 1 && (uint8_t)data[0] < 0x80) {
        return OBJ_VAL(&ascii_chars[(uint8_t)data[0]]);
    }
    StrObj *s = str_alloc(len);
    memcpy(str_buf(s), data, len);
    s->charlen = (uint32_t)charlen;
    return OBJ_VAL(s);
}

Value str_new(const char *data, size_t len) {
    return str_new_len(data, len, utf8_count(data, len));
}

Value str_new_cstr(const char *s) { return str_new(s, strlen(s)); }

Value str_from_utf8(const char *data, size_t len) {
    size_t err_end;
    const char *reason;
    size_t ok = utf8_valid_prefix((const uint8_t *)data, len, &err_end, &reason);
    if (ok < len) {
        codec_raise_utf8_error((const uint8_t *)data, len, ok, err_end, reason);
    }
    return str_new(data, len);
}

Value str_from_char(uint32_t cp) {
    if (cp < 0x80) {
        return OBJ_VAL(&ascii_chars[cp]);
    }
    if (cp >= 0x110000) {
        vm_raise(&exc_ValueError_type, "chr() arg not in range(0x110000)");
    }
    char buf[4];
    size_t n = utf8_encode(cp, buf);
    return str_new_len(buf, n, 1);
}

// --- access -------------------------------------------------------------------

StrObj *str_get(Value v) {
    if (val_is_str(v)) {
        return val_str(v);
    }
    if (val_is_obj(v) && type_is_heap(VAL_OBJ(v)->type) &&
        type_is_subtype(VAL_OBJ(v)->type, &str_type)) {
        Value n = obj_native(v);
        if (val_is_str(n)) {
            return val_str(n);
        }
    }
    return NULL;
}

StrObj *str_arg(Value v, const char *prefix) {
    StrObj *s = str_get(v);
    if (s == NULL) {
        vm_raise(&exc_TypeError_type, "%smust be str, not %s", prefix, val_type_name(v));
    }
    return s;
}

const char *str_cstr(Value s) {
    StrObj *o = str_get(s);
    return o != NULL ? o->data : "";
}

size_t str_len_bytes(Value s) {
    StrObj *o = str_get(s);
    return o != NULL ? o->len : 0;
}

// Kept within the small-int range so that hash(s) (through the hash slot)
// and the dicts' obj_hash (which calls this directly) always agree.
uintptr_t str_hash(Value v) {
    StrObj *s = str_get(v);
    if (s->hash == 0) {
        s->hash = str_hash_bytes(s->data, s->len);
    }
    return (uintptr_t)s->hash & (uintptr_t)SMALL_INT_MAX;
}

bool str_equal(Value a, Value b) {
    if (a == b) {
        return true;
    }
    StrObj *x = str_get(a), *y = str_get(b);
    if (x == NULL || y == NULL || x->len != y->len) {
        return false;
    }
    if (x->interned && y->interned) {
        return false;   // distinct interned strs never have the same text
    }
    if (x->hash != 0 && y->hash != 0 && x->hash != y->hash) {
        return false;
    }
    return memcmp(x->data, y->data, x->len) == 0;
}

// --- concatenation, repetition, join -------------------------------------------

Value str_concat(Value a, Value b) {
    StrObj *x = str_get(a), *y = str_get(b);
    if (y->len == 0 && val_is_str(a)) {
        return a;
    }
    if (x->len == 0 && val_is_str(b)) {
        return b;
    }
    StrObj *s = str_alloc((size_t)x->len + y->len);
    memcpy(str_buf(s), x->data, x->len);
    memcpy(str_buf(s) + x->len, y->data, y->len);
    s->charlen = x->charlen + y->charlen;
    return OBJ_VAL(s);
}

static Value str_repeat(Value self, intptr_t n) {
    StrObj *x = str_get(self);
    if (n <= 0 || x->len == 0) {
        return OBJ_VAL(&empty_str);
    }
    if (n == 1 && val_is_str(self)) {
        return self;
    }
    if ((uint64_t)x->len * (uint64_t)n >= UINT32_MAX) {
        vm_raise_memory_error();
    }
    size_t total = (size_t)x->len * (size_t)n;
    StrObj *s = str_alloc(total);
    char *d = str_buf(s);
    if (x->len == 1) {
        memset(d, x->data[0], total);
    } else {
        // Doubling copy: log(n) memcpy calls.
        memcpy(d, x->data, x->len);
        size_t done = x->len;
        while (done < total) {
            size_t k = done <= total - done ? done : total - done;
            memcpy(d + done, d, k);
            done += k;
        }
    }
    s->charlen = (uint32_t)((size_t)x->charlen * (size_t)n);
    return OBJ_VAL(s);
}

Value str_join_values(Value sep, size_t n, const Value *items) {
    StrObj *sp = str_get(sep);
    if (n == 0) {
        return OBJ_VAL(&empty_str);
    }
    if (n == 1 && val_is_str(items[0])) {
        return items[0];
    }
    uint64_t total = (uint64_t)sp->len * (n - 1), chars = (uint64_t)sp->charlen * (n - 1);
    for (size_t i = 0; i < n; i++) {
        StrObj *it = str_get(items[i]);
        if (it == NULL) {
            vm_raise(&exc_TypeError_type, "sequence item %zu: expected str instance, %s found", i,
                     val_type_name(items[i]));
        }
        total += it->len;
        chars += it->charlen;
    }
    if (total >= UINT32_MAX) {
        vm_raise_memory_error();
    }
    StrObj *s = str_alloc((size_t)total);
    char *d = str_buf(s);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && sp->len > 0) {
            memcpy(d, sp->data, sp->len);
            d += sp->len;
        }
        StrObj *it = str_get(items[i]);
        memcpy(d, it->data, it->len);
        d += it->len;
    }
    s->charlen = (uint32_t)chars;
    return OBJ_VAL(s);
}

// --- repr / ascii -----------------------------------------------------------

static void add_hex_escape(Vstr *v, char kind, uint32_t cp, int digits) {
    static const char hex[] = "0123456789abcdef";
    vstr_add_byte(v, '\\');
    vstr_add_byte(v, kind);
    for (int i = digits - 1; i >= 0; i--) {
        vstr_add_byte(v, hex[(cp >> (4 * i)) & 0xF]);
    }
}

// The body of repr(): escapes as CPython's unicode_repr does. `ascii_only`
// also escapes printable non-ASCII (ascii()).
static void repr_into(Vstr *v, const char *data, size_t len, char quote, bool ascii_only) {
    const uint8_t *p = (const uint8_t *)data, *end = p + len;
    while (p < end) {
        size_t n;
        uint32_t cp = utf8_get(p, &n);
        if (cp == (uint32_t)quote || cp == '\\') {
            vstr_add_byte(v, '\\');
            vstr_add_byte(v, (char)cp);
        } else if (cp == '\t') {
            vstr_add_cstr(v, "\\t");
        } else if (cp == '\n') {
            vstr_add_cstr(v, "\\n");
        } else if (cp == '\r') {
            vstr_add_cstr(v, "\\r");
        } else if (cp < 0x20 || cp == 0x7F) {
            add_hex_escape(v, 'x', cp, 2);
        } else if (cp < 0x7F) {
            vstr_add_byte(v, (char)cp);
        } else if (!ascii_only && utf8_isprintable(cp)) {
            vstr_add_bytes(v, (const char *)p, n);
        } else if (cp <= 0xFF) {
            add_hex_escape(v, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            add_hex_escape(v, 'u', cp, 4);
        } else {
            add_hex_escape(v, 'U', cp, 8);
        }
        p += n;
    }
}

static Value repr_quoted(StrObj *s, bool ascii_only) {
    // Single quotes unless the text has ' and no ".
    char quote = '\'';
    if (memchr(s->data, '\'', s->len) != NULL && memchr(s->data, '"', s->len) == NULL) {
        quote = '"';
    }
    Vstr v;
    vstr_init(&v, s->len + 2);
    vstr_add_byte(&v, quote);
    repr_into(&v, s->data, s->len, quote, ascii_only);
    vstr_add_byte(&v, quote);
    return vstr_to_str(&v);
}

Value str_repr_str(Value s) { return repr_quoted(str_get(s), false); }

Value str_ascii(Value v) {
    Value r = obj_repr(v);
    StrObj *s = str_get(r);
    if (str_is_ascii(s)) {
        return r;
    }
    Vstr out;
    vstr_init(&out, s->len + 8);
    // Only non-ASCII code points change: quotes and backslashes are kept.
    const uint8_t *p = (const uint8_t *)s->data, *end = p + s->len;
    while (p < end) {
        size_t n;
        uint32_t cp = utf8_get(p, &n);
        if (cp < 0x80) {
            vstr_add_byte(&out, (char)cp);
        } else if (cp <= 0xFF) {
            add_hex_escape(&out, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            add_hex_escape(&out, 'u', cp, 4);
        } else {
            add_hex_escape(&out, 'U', cp, 8);
        }
        p += n;
    }
    return vstr_to_str(&out);
}

// --- indexing -----------------------------------------------------------------

// Last non-ASCII position looked up (registered as a GC root by str_init,
// which keeps `str` alive so the pointer can never name a different str).
static struct {
    Value str;
    size_t cidx;
    size_t bidx;
} idx_cache;
static bool idx_cache_ok;

void str_init(void) {
    idx_cache.str = VAL_NULL;
    gc_add_root(&idx_cache, sizeof(idx_cache));
    idx_cache_ok = true;
}

size_t str_char_offset(StrObj *s, size_t idx) {
    if (str_is_ascii(s)) {
        return idx;
    }
    if (idx >= s->charlen) {
        return s->len;
    }
    const uint8_t *p = (const uint8_t *)s->data;
    size_t ci, bi;
    // Start from the nearest known point: the start, the end or the cache.
    if (idx <= s->charlen - idx) {
        ci = 0;
        bi = 0;
    } else {
        ci = s->charlen;
        bi = s->len;
    }
    if (idx_cache_ok && idx_cache.str == OBJ_VAL(s)) {
        size_t dc = idx_cache.cidx > idx ? idx_cache.cidx - idx : idx - idx_cache.cidx;
        size_t dbest = ci > idx ? ci - idx : idx - ci;
        if (dc < dbest) {
            ci = idx_cache.cidx;
            bi = idx_cache.bidx;
        }
    }
    while (ci < idx) {
        bi++;
        while (utf8_is_cont(p[bi])) {
            bi++;
        }
        ci++;
    }
    while (ci > idx) {
        bi--;
        while (utf8_is_cont(p[bi])) {
            bi--;
        }
        ci--;
    }
    if (idx_cache_ok) {
        idx_cache.str = OBJ_VAL(s);
        idx_cache.cidx = idx;
        idx_cache.bidx = bi;
    }
    return bi;
}

// The one-code-point str at byte offset b.
static Value char_at_byte(StrObj *s, size_t b) {
    uint8_t c = (uint8_t)s->data[b];
    if (c < 0x80) {
        return OBJ_VAL(&ascii_chars[c]);
    }
    size_t n;
    utf8_get((const uint8_t *)s->data + b, &n);
    return str_new_len(s->data + b, n, 1);
}

static Value str_slice(Value self, StrObj *s, Value slice) {
    intptr_t start, stop, step;
    size_t n = slice_indices(slice, s->charlen, &start, &stop, &step);
    if (n == 0) {
        return OBJ_VAL(&empty_str);
    }
    if (step == 1) {
        if (n == s->charlen && val_is_str(self)) {
            return self;
        }
        size_t b0 = str_char_offset(s, (size_t)start);
        size_t b1 = str_is_ascii(s) ? (size_t)stop : b0 + (utf8_offset(s->data + b0, s->len - b0, n));
        return str_new_len(s->data + b0, b1 - b0, n);
    }
    if (str_is_ascii(s)) {
        StrObj *r = str_alloc(n);
        char *d = str_buf(r);
        for (size_t i = 0; i < n; i++) {
            d[i] = s->data[start + (intptr_t)i * step];
        }
        return str_finish(r);
    }
    Vstr v;
    vstr_init(&v, n * 2);
    for (size_t i = 0; i < n; i++) {
        size_t b = str_char_offset(s, (size_t)(start + (intptr_t)i * step));
        size_t len;
        utf8_get((const uint8_t *)s->data + b, &len);
        vstr_add_bytes(&v, s->data + b, len);
    }
    return str_new_len(v.buf, v.len, n);
}

static Value str_subscr(Value self, Value index, Value value) {
    if (value != VAL_NULL) {
        return VAL_NULL;   // the protocol raises "does not support item assignment/deletion"
    }
    StrObj *s = str_get(self);
    intptr_t i;
    if (val_is_small_int(index)) {
        i = val_small_int(index);
    } else if (is_type(index, &slice_type)) {
        return str_slice(self, s, index);
    } else {
        const Type *t = type_of(index);
        if (!type_is_subtype(t, &int_type) && t != &bool_type &&
            (!type_is_heap(t) || type_lookup(t, NAME(__index__)) == VAL_NULL)) {
            vm_raise(&exc_TypeError_type, "string indices must be integers, not '%s'",
                     type_name_cstr(t));
        }
        Value iv = int_coerce(obj_native(index));
        int64_t big;
        if (iv != VAL_NULL && !int_to_i64(iv, &big)) {
            vm_raise(&exc_IndexError_type, "cannot fit 'int' into an index-sized integer");
        }
        i = obj_index(index);
    }
    if (i < 0) {
        i += (intptr_t)s->charlen;
    }
    if (i < 0 || (size_t)i >= s->charlen) {
        vm_raise(&exc_IndexError_type, "string index out of range");
    }
    return char_at_byte(s, str_char_offset(s, (size_t)i));
}

// --- iteration ----------------------------------------------------------------

typedef struct {
    Obj base;
    Value str;
    size_t pos;   // byte offset of the next code point
} StrIterObj;

Value str_iter_next(Value s, size_t *pos) {
    StrObj *o = str_get(s);
    if (*pos >= o->len) {
        return VAL_NULL;
    }
    uint8_t c = (uint8_t)o->data[*pos];
    if (c < 0x80) {
        (*pos)++;
        return OBJ_VAL(&ascii_chars[c]);
    }
    size_t n;
    utf8_get((const uint8_t *)o->data + *pos, &n);
    Value r = str_new_len(o->data + *pos, n, 1);
    *pos += n;
    return r;
}

static Value str_iter_iternext(Value self) {
    StrIterObj *it = (StrIterObj *)VAL_OBJ(self);
    return str_iter_next(it->str, &it->pos);
}

static const AttrEntry str_iter_attrs[] = {
    {NAME(__iter__), OBJ_VAL(&iter_self_obj)},
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

const Type str_iterator_type = {
    .base = {&type_type},
    .name = NAME(str_ascii_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = str_iter_iternext,
    .attrs = str_iter_attrs,
    .nattrs = sizeof(str_iter_attrs) / sizeof(str_iter_attrs[0]),
};

static Value str_getiter(Value self) {
    StrIterObj *it = (StrIterObj *)gc_alloc_obj(sizeof(StrIterObj), &str_iterator_type);
    it->str = OBJ_VAL(str_get(self));
    it->pos = 0;
    return OBJ_VAL(it);
}

// --- slots --------------------------------------------------------------------

static Value str_repr_slot(Value self) { return str_repr_str(self); }

static Value str_str_slot(Value self) {
    StrObj *s = str_get(self);
    return val_is_str(self) ? self : str_new_len(s->data, s->len, s->charlen);
}

static Value str_hash_slot(Value self) { return val_from_small_int((intptr_t)str_hash(self)); }

static Value str_unary_op(int op, Value a) {
    StrObj *s = str_get(a);
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)s->charlen);
    }
    if (op == UNOP_BOOL) {
        return val_bool(s->len != 0);
    }
    return VAL_NULL;
}


// Whether `other`'s class may still answer with a reflected method (then
// this slot must not raise its own TypeError first).
static bool may_reflect(Value other, Value rname) {
    const Type *t = type_of(other);
    return type_is_heap(t) && type_lookup(t, rname) != VAL_NULL;
}

static Value str_binary_op(int op, Value a, Value b) {
    op &= ~BINOP_INPLACE;
    StrObj *sa = str_get(a);
    if (sa == NULL) {
        // Reflected: only n * s.
        intptr_t n;
        if (op == BINOP_MUL && seq_repeat_count(a, &n)) {
            return str_repeat(b, n);
        }
        if (op == BINOP_MUL && !may_reflect(a, NAME(__mul__))) {
            vm_raise(&exc_TypeError_type, "can't multiply sequence by non-int of type '%s'",
                     val_type_name(a));
        }
        return VAL_NULL;
    }
    switch (op) {
        case BINOP_ADD:
            if (str_get(b) != NULL) {
                return str_concat(a, b);
            }
            if (may_reflect(b, NAME(__radd__))) {
                return VAL_NULL;
            }
            vm_raise(&exc_TypeError_type, "can only concatenate str (not \"%s\") to str",
                     val_type_name(b));
        case BINOP_MUL: {
            intptr_t n;
            if (seq_repeat_count(b, &n)) {
                return str_repeat(a, n);
            }
            if (may_reflect(b, NAME(__rmul__))) {
                return VAL_NULL;
            }
            vm_raise(&exc_TypeError_type, "can't multiply sequence by non-int of type '%s'",
                     val_type_name(b));
        }
        case BINOP_MOD:
            // As CPython: a str on the left always formats.
            return str_percent_format(a, b);
        default:
            return VAL_NULL;
    }
}

static int str_cmp(StrObj *x, StrObj *y) {
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (c != 0) {
        return c;
    }
    return x->len < y->len ? -1 : (x->len > y->len ? 1 : 0);
}

static Value str_compare(int op, Value a, Value b) {
    StrObj *x = str_get(a), *y = str_get(b);
    if (x == NULL || y == NULL) {
        return VAL_NULL;
    }
    if (op == CMP_EQ) {
        return val_bool(str_equal(OBJ_VAL(x), OBJ_VAL(y)));
    }
    if (op == CMP_NE) {
        return val_bool(!str_equal(OBJ_VAL(x), OBJ_VAL(y)));
    }
    // UTF-8 byte order is code point order.
    return obj_cmp_result(op, str_cmp(x, y));
}

static Value str_contains(Value self, Value item) {
    StrObj *s = str_get(self), *sub = str_get(item);
    if (sub == NULL) {
        vm_raise(&exc_TypeError_type, "'in <string>' requires string as left operand, not %s",
                 val_type_name(item));
    }
    return val_bool(search_find(s->data, s->len, sub->data, sub->len) >= 0);
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict')
static Value str_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    if (nargs == 1 && kwnames == VAL_NULL) {
        return obj_str(args[0]);
    }
    static const ArgSpec spec[] = {
        {NAME(object), false, false, VAL_NULL},
        {NAME(encoding), false, false, VAL_NULL},
        {NAME(errors), false, false, VAL_NULL},
    };
    Value a[3];
    args_parse("str", nargs, args, kwnames, 3, spec, a);
    if (a[0] == VAL_NULL) {
        a[0] = bytes_new((const uint8_t *)"", 0);
        if (a[1] == VAL_NULL && a[2] == VAL_NULL) {
            return OBJ_VAL(&empty_str);
        }
    }
    if (a[1] == VAL_NULL && a[2] == VAL_NULL) {
        return obj_str(a[0]);
    }
    if (a[1] != VAL_NULL && str_get(a[1]) == NULL) {
        vm_raise(&exc_TypeError_type, "str() argument 'encoding' must be str, not %s",
                 val_type_name(a[1]));
    }
    if (a[2] != VAL_NULL && str_get(a[2]) == NULL) {
        vm_raise(&exc_TypeError_type, "str() argument 'errors' must be str, not %s",
                 val_type_name(a[2]));
    }
    const uint8_t *data;
    size_t len;
    if (!obj_get_buffer(a[0], &data, &len)) {
        if (str_get(a[0]) != NULL) {
            vm_raise(&exc_TypeError_type, "decoding str is not supported");
        }
        vm_raise(&exc_TypeError_type, "decoding to str: need a bytes-like object, %s found",
                 val_type_name(a[0]));
    }
    return codec_decode(data, len, a[1], a[2]);
}

// --- the type -------------------------------------------------------------------

#define STR_ATTR_FN(n) {NAME(n), OBJ_VAL(&str_##n##_obj)},
static const AttrEntry str_attrs[] = {STR_METHODS(STR_ATTR_FN, STR_ATTR_FN)};
#undef STR_ATTR_FN

const Type str_type = {
    .base = {&type_type},
    .name = NAME(str),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = str_make_new,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .unary_op = str_unary_op,
    .binary_op = str_binary_op,
    .compare = str_compare,
    .subscr = str_subscr,
    .contains = str_contains,
    .getiter = str_getiter,
    .attrs = str_attrs,
    .nattrs = sizeof(str_attrs) / sizeof(str_attrs[0]),
};
