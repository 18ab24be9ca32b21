// The methods of bytes and bytearray (shared; results take the type of
// self) and the bytearray mutators. Character classes and case mapping are
// ASCII-only as in CPython; searching and splitting use str_search.c.
// Error messages follow CPython 3.11 word for word.
#include <string.h>
#include "obj_str.h"
#include "nlr.h"
#include "obj_cont.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

// --- helpers --------------------------------------------------------------------

static BytesObj *self_bytes(Value v, const char *meth) {
    BytesObj *b = bytes_get(v);
    if (b == NULL) {
        vm_raise(&exc_TypeError_type,
                 "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' object", meth,
                 val_type_name(v));
    }
    return b;
}

static SeqMaker maker_for(BytesObj *b) { return bytes_is_bytearray(b) ? bytearray_make : bytes_make; }

static Value make_like(BytesObj *b, const uint8_t *data, size_t len) {
    return maker_for(b)((const char *)data, len);
}

// self unchanged: the same object for bytes, a copy for bytearray.
static Value same_bytes(Value self, BytesObj *b) {
    if (is_type(self, &bytes_type)) {
        return self;
    }
    return make_like(b, b->data, b->len);
}

static Value opt_arg(size_t nargs, const Value *args, size_t i) {
    return i < nargs ? args[i] : VAL_NULL;
}

// The needle of find/count/index: a bytes-like or an int (one byte).
static void needle_arg(Value v, const uint8_t **data, size_t *len, uint8_t *one) {
    if (bytes_is_index_like(v)) {
        *one = bytes_byte_arg(v);
        *data = one;
        *len = 1;
        return;
    }
    if (!obj_get_buffer(v, data, len)) {
        vm_raise(&exc_TypeError_type, "argument should be integer or bytes-like object, not '%s'",
                 val_type_name(v));
    }
}

static bool is_space(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(uint8_t c) { return is_lower(c) || is_upper(c); }
static bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static bool is_alnum(uint8_t c) { return is_alpha(c) || is_digit(c); }

// --- find / index / count ------------------------------------------------------

static intptr_t find_impl(size_t nargs, const Value *args, bool right, const char *name) {
    BytesObj *b = self_bytes(args[0], name);
    const uint8_t *n;
    size_t nlen;
    uint8_t one;
    needle_arg(args[1], &n, &nlen, &one);
    intptr_t start, end;
    search_adjust(opt_arg(nargs, args, 2), opt_arg(nargs, args, 3), b->len, &start, &end);
    if (end - start < (intptr_t)nlen) {
        return -1;
    }
    const char *h = (const char *)b->data + start;
    intptr_t r = right ? search_rfind(h, (size_t)(end - start), (const char *)n, nlen)
                       : search_find(h, (size_t)(end - start), (const char *)n, nlen);
    return r < 0 ? -1 : start + r;
}

static Value bytes_find(size_t nargs, const Value *args) {
    return val_from_small_int(find_impl(nargs, args, false, "find"));
}

static Value bytes_rfind(size_t nargs, const Value *args) {
    return val_from_small_int(find_impl(nargs, args, true, "rfind"));
}

// index/rindex: find/rfind that raise instead of returning -1.
static Value index_impl(size_t nargs, const Value *args, bool right, const char *name) {
    intptr_t r = find_impl(nargs, args, right, name);
    if (r < 0) {
        vm_raise(&exc_ValueError_type, "subsection not found");
    }
    return val_from_small_int(r);
}

static Value bytes_index(size_t nargs, const Value *args) {
    return index_impl(nargs, args, false, "index");
}

static Value bytes_rindex(size_t nargs, const Value *args) {
    return index_impl(nargs, args, true, "rindex");
}

static Value bytes_count(size_t nargs, const Value *args) {
    BytesObj *b = self_bytes(args[0], "count");
    const uint8_t *n;
    size_t nlen;
    uint8_t one;
    needle_arg(args[1], &n, &nlen, &one);
    intptr_t start, end;
    search_adjust(opt_arg(nargs, args, 2), opt_arg(nargs, args, 3), b->len, &start, &end);
    if (end - start < (intptr_t)nlen) {
        return val_from_small_int(0);
    }
    if (nlen == 0) {
        return val_from_small_int(end - start + 1);
    }
    return val_from_small_int((intptr_t)search_count((const char *)b->data + start,
                                                     (size_t)(end - start), (const char *)n,
                                                     nlen, SIZE_MAX));
}

static bool tail_match(BytesObj *b, const uint8_t *p, size_t plen, intptr_t start, intptr_t end,
                       bool at_end) {
    if (end - start < (intptr_t)plen) {
        return false;
    }
    size_t at = at_end ? (size_t)end - plen : (size_t)start;
    return plen == 0 || memcmp(b->data + at, p, plen) == 0;
}

static Value starts_ends(size_t nargs, const Value *args, bool at_end, const char *name) {
    BytesObj *b = self_bytes(args[0], name);
    intptr_t start, end;
    search_adjust(opt_arg(nargs, args, 2), opt_arg(nargs, args, 3), b->len, &start, &end);
    const uint8_t *p;
    size_t plen;
    if (is_type(args[1], &tuple_type)) {
        TupleObj *t = val_tuple(args[1]);
        for (size_t i = 0; i < t->len; i++) {
            bytes_buffer_arg(t->items[i], &p, &plen);
            if (tail_match(b, p, plen, start, end, at_end)) {
                return VAL_TRUE;
            }
        }
        return VAL_FALSE;
    }
    if (!obj_get_buffer(args[1], &p, &plen)) {
        vm_raise(&exc_TypeError_type, "%s first arg must be bytes or a tuple of bytes, not %s",
                 name, val_type_name(args[1]));
    }
    return val_bool(tail_match(b, p, plen, start, end, at_end));
}

static Value bytes_startswith(size_t nargs, const Value *args) {
    return starts_ends(nargs, args, false, "startswith");
}

static Value bytes_endswith(size_t nargs, const Value *args) {
    return starts_ends(nargs, args, true, "endswith");
}

// --- strip / split / join ----------------------------------------------------------

static Value strip_impl(size_t nargs, const Value *args, bool left, bool right, const char *name) {
    BytesObj *b = self_bytes(args[0], name);
    const uint8_t *chars = NULL;
    size_t nchars = 0;
    if (nargs > 1 && args[1] != VAL_NONE) {
        bytes_buffer_arg(args[1], &chars, &nchars);
    }
    size_t i = 0, j = b->len;
    if (left) {
        while (i < j && (chars ? memchr(chars, b->data[i], nchars) != NULL : is_space(b->data[i]))) {
            i++;
        }
    }
    if (right) {
        while (j > i &&
               (chars ? memchr(chars, b->data[j - 1], nchars) != NULL : is_space(b->data[j - 1]))) {
            j--;
        }
    }
    if (i == 0 && j == b->len) {
        return same_bytes(args[0], b);
    }
    return make_like(b, b->data + i, j - i);
}

static Value bytes_strip(size_t nargs, const Value *args) {
    return strip_impl(nargs, args, true, true, "strip");
}

static Value bytes_lstrip(size_t nargs, const Value *args) {
    return strip_impl(nargs, args, true, false, "lstrip");
}

static Value bytes_rstrip(size_t nargs, const Value *args) {
    return strip_impl(nargs, args, false, true, "rstrip");
}

static Value split_impl(size_t nargs, const Value *args, Value kwnames, bool right) {
    const char *name = right ? "rsplit" : "split";
    BytesObj *b = self_bytes(args[0], name);
    Value sepv;
    intptr_t maxsplit;
    search_split_args(name, nargs, args, kwnames, &sepv, &maxsplit);
    SeqMaker make = maker_for(b);
    if (sepv == VAL_NONE) {
        return right ? search_rsplit_ws((const char *)b->data, b->len, maxsplit, make)
                     : search_split_ws((const char *)b->data, b->len, maxsplit, make);
    }
    const uint8_t *sep;
    size_t seplen;
    bytes_buffer_arg(sepv, &sep, &seplen);
    if (seplen == 0) {
        vm_raise(&exc_ValueError_type, "empty separator");
    }
    return right ? search_rsplit((const char *)b->data, b->len, (const char *)sep, seplen,
                                 maxsplit, make)
                 : search_split((const char *)b->data, b->len, (const char *)sep, seplen,
                                maxsplit, make);
}

static Value bytes_split(size_t nargs, const Value *args, Value kwnames) {
    return split_impl(nargs, args, kwnames, false);
}

static Value bytes_rsplit(size_t nargs, const Value *args, Value kwnames) {
    return split_impl(nargs, args, kwnames, true);
}

static Value bytes_splitlines(size_t nargs, const Value *args, Value kwnames) {
    BytesObj *b = self_bytes(args[0], "splitlines");
    return search_splitlines(nargs, args, kwnames, (const char *)b->data, b->len, false,
                             maker_for(b));
}

static Value bytes_join(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *sep = self_bytes(args[0], "join");
    size_t n;
    Value *items;
    if (!obj_get_array(args[1], &n, &items)) {
        volatile Value it = VAL_NULL;
        NlrBuf nb;
        if (nlr_push(&nb) == 0) {
            it = obj_getiter(args[1]);
            nlr_pop();
        } else {
            if (obj_isinstance(nb.exc, &exc_TypeError_type)) {
                vm_raise(&exc_TypeError_type, "can only join an iterable");
            }
            vm_raise_obj(nb.exc);
        }
        obj_get_array(list_from_iter(it), &n, &items);
    }
    Vstr v = {NULL, 0, 0};
    for (size_t i = 0; i < n; i++) {
        const uint8_t *d;
        size_t len;
        if (!obj_get_buffer(items[i], &d, &len)) {
            vm_raise(&exc_TypeError_type, "sequence item %zu: expected a bytes-like object, %s found",
                     i, val_type_name(items[i]));
        }
        if (i > 0) {
            vstr_add_bytes(&v, (const char *)sep->data, sep->len);
        }
        vstr_add_bytes(&v, (const char *)d, len);
    }
    return make_like(sep, (const uint8_t *)(v.buf != NULL ? v.buf : ""), v.len);
}

// --- replace, partition, affixes ---------------------------------------------------

static Value bytes_replace(size_t nargs, const Value *args) {
    BytesObj *b = self_bytes(args[0], "replace");
    const uint8_t *old, *nw;
    size_t oldlen, nwlen;
    bytes_buffer_arg(args[1], &old, &oldlen);
    bytes_buffer_arg(args[2], &nw, &nwlen);
    intptr_t count = nargs > 3 ? obj_index(args[3]) : -1;
    if (oldlen == 0) {
        size_t max = count < 0 ? SIZE_MAX : (size_t)count;
        Vstr v = {NULL, 0, 0};
        size_t i = 0, done = 0;
        while (done < max) {
            vstr_add_bytes(&v, (const char *)nw, nwlen);
            done++;
            if (i >= b->len) {
                break;
            }
            vstr_add_byte(&v, (char)b->data[i++]);
        }
        vstr_add_bytes(&v, (const char *)b->data + i, b->len - i);
        return make_like(b, (const uint8_t *)(v.buf != NULL ? v.buf : ""), v.len);
    }
    Value r = search_replace((const char *)b->data, b->len, (const char *)old, oldlen,
                             (const char *)nw, nwlen, count, maker_for(b));
    return r != VAL_NULL ? r : same_bytes(args[0], b);
}

static Value partition_impl(const Value *args, bool right) {
    BytesObj *b = self_bytes(args[0], right ? "rpartition" : "partition");
    const uint8_t *sep;
    size_t seplen;
    bytes_buffer_arg(args[1], &sep, &seplen);
    if (seplen == 0) {
        vm_raise(&exc_ValueError_type, "empty separator");
    }
    bool ba = bytes_is_bytearray(b);
    return search_partition((const char *)b->data, b->len, (const char *)sep, seplen, right,
                            ba ? VAL_NULL : args[0], ba ? VAL_NULL : bytes_new(NULL, 0),
                            maker_for(b));
}

static Value bytes_partition(size_t nargs, const Value *args) {
    (void)nargs;
    return partition_impl(args, false);
}

static Value bytes_rpartition(size_t nargs, const Value *args) {
    (void)nargs;
    return partition_impl(args, true);
}

static Value affix_impl(const Value *args, bool suffix) {
    BytesObj *b = self_bytes(args[0], suffix ? "removesuffix" : "removeprefix");
    const uint8_t *a;
    size_t alen;
    bytes_buffer_arg(args[1], &a, &alen);
    if (alen > 0 && alen <= b->len && memcmp(b->data + (suffix ? b->len - alen : 0), a, alen) == 0) {
        return make_like(b, b->data + (suffix ? 0 : alen), b->len - alen);
    }
    return same_bytes(args[0], b);
}

static Value bytes_removeprefix(size_t nargs, const Value *args) {
    (void)nargs;
    return affix_impl(args, false);
}

static Value bytes_removesuffix(size_t nargs, const Value *args) {
    (void)nargs;
    return affix_impl(args, true);
}

// --- case and classification (ASCII) ----------------------------------------------------

#define B_UPPER 0
#define B_LOWER 1
#define B_SWAP 2
#define B_CAPITALIZE 3
#define B_TITLE 4

static Value convert(const Value *args, int mode, const char *name) {
    BytesObj *b = self_bytes(args[0], name);
    Value r = make_like(b, b->data, b->len);
    BytesObj *o = bytes_get(r);
    bool prev_cased = false;
    for (size_t i = 0; i < o->len; i++) {
        uint8_t c = o->data[i];
        bool up;
        switch (mode) {
            case B_UPPER: up = true; break;
            case B_LOWER: up = false; break;
            case B_SWAP: up = is_lower(c); break;
            case B_CAPITALIZE: up = i == 0; break;
            default: up = !prev_cased; break;
        }
        prev_cased = is_alpha(c);
        if (up && is_lower(c)) {
            o->data[i] = (uint8_t)(c - 32);
        } else if (!up && is_upper(c)) {
            o->data[i] = (uint8_t)(c + 32);
        }
    }
    return r;
}

#define CASE_METHOD(name, mode)                                   \
    static Value bytes_##name(size_t nargs, const Value *args) { \
        (void)nargs;                                              \
        return convert(args, mode, #name);                        \
    }
CASE_METHOD(upper, B_UPPER)
CASE_METHOD(lower, B_LOWER)
CASE_METHOD(swapcase, B_SWAP)
CASE_METHOD(capitalize, B_CAPITALIZE)
CASE_METHOD(title, B_TITLE)

static Value all_bytes(const Value *args, const char *name, bool (*pred)(uint8_t)) {
    BytesObj *b = self_bytes(args[0], name);
    if (b->len == 0) {
        return VAL_FALSE;
    }
    for (size_t i = 0; i < b->len; i++) {
        if (!pred(b->data[i])) {
            return VAL_FALSE;
        }
    }
    return VAL_TRUE;
}

#define IS_METHOD(name, pred)                                     \
    static Value bytes_##name(size_t nargs, const Value *args) { \
        (void)nargs;                                              \
        return all_bytes(args, #name, pred);                      \
    }
IS_METHOD(isalnum, is_alnum)
IS_METHOD(isalpha, is_alpha)
IS_METHOD(isdigit, is_digit)
IS_METHOD(isspace, is_space)

static Value bytes_isascii(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *b = self_bytes(args[0], "isascii");
    for (size_t i = 0; i < b->len; i++) {
        if (b->data[i] >= 0x80) {
            return VAL_FALSE;
        }
    }
    return VAL_TRUE;
}

static Value case_check(const Value *args, const char *name, bool upper) {
    BytesObj *b = self_bytes(args[0], name);
    bool cased = false;
    for (size_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        if (upper ? is_lower(c) : is_upper(c)) {
            return VAL_FALSE;
        }
        cased = cased || (upper ? is_upper(c) : is_lower(c));
    }
    return val_bool(cased);
}

static Value bytes_islower(size_t nargs, const Value *args) {
    (void)nargs;
    return case_check(args, "islower", false);
}

static Value bytes_isupper(size_t nargs, const Value *args) {
    (void)nargs;
    return case_check(args, "isupper", true);
}

static Value bytes_istitle(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *b = self_bytes(args[0], "istitle");
    bool cased = false, prev = false;
    for (size_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        if (is_upper(c)) {
            if (prev) {
                return VAL_FALSE;
            }
            prev = cased = true;
        } else if (is_lower(c)) {
            if (!prev) {
                return VAL_FALSE;
            }
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return val_bool(cased);
}

// --- padding ----------------------------------------------------------------------------

static uint8_t fill_arg(size_t nargs, const Value *args, const char *name) {
    if (nargs < 3) {
        return ' ';
    }
    const uint8_t *d;
    size_t n;
    if (!obj_get_buffer(args[2], &d, &n) || n != 1) {
        vm_raise(&exc_TypeError_type, "%s() argument 2 must be a byte string of length 1, not %s",
                 name, val_type_name(args[2]));
    }
    return d[0];
}

static Value pad(const Value *args, BytesObj *b, intptr_t width, uint8_t fill, int where) {
    if (width <= (intptr_t)b->len) {
        return same_bytes(args[0], b);
    }
    size_t marg = (size_t)width - b->len;
    size_t left = where < 0 ? 0 : where > 0 ? marg : marg / 2 + (marg & (size_t)width & 1);
    BytesObj *r = bytes_alloc((size_t)width);
    memset(r->data, fill, left);
    memcpy(r->data + left, b->data, b->len);
    memset(r->data + left + b->len, fill, marg - left);
    return bytes_is_bytearray(b) ? bytearray_new(r->data, r->len) : OBJ_VAL(r);
}

static Value bytes_center(size_t nargs, const Value *args) {
    BytesObj *b = self_bytes(args[0], "center");
    intptr_t w = obj_index(args[1]);
    return pad(args, b, w, fill_arg(nargs, args, "center"), 0);
}

static Value bytes_ljust(size_t nargs, const Value *args) {
    BytesObj *b = self_bytes(args[0], "ljust");
    intptr_t w = obj_index(args[1]);
    return pad(args, b, w, fill_arg(nargs, args, "ljust"), -1);
}

static Value bytes_rjust(size_t nargs, const Value *args) {
    BytesObj *b = self_bytes(args[0], "rjust");
    intptr_t w = obj_index(args[1]);
    return pad(args, b, w, fill_arg(nargs, args, "rjust"), 1);
}

static Value bytes_zfill(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *b = self_bytes(args[0], "zfill");
    intptr_t w = obj_index(args[1]);
    if (w <= (intptr_t)b->len) {
        return same_bytes(args[0], b);
    }
    size_t fill = (size_t)w - b->len;
    BytesObj *r = bytes_alloc((size_t)w);
    memset(r->data, '0', fill);
    memcpy(r->data + fill, b->data, b->len);
    if (b->len > 0 && (r->data[fill] == '+' || r->data[fill] == '-')) {
        r->data[0] = r->data[fill];
        r->data[fill] = '0';
    }
    return bytes_is_bytearray(b) ? bytearray_new(r->data, r->len) : OBJ_VAL(r);
}

static Value bytes_expandtabs(size_t nargs, const Value *args, Value kwnames) {
    BytesObj *b = self_bytes(args[0], "expandtabs");
    intptr_t tab = search_tabsize_arg(nargs, args, kwnames);
    return search_expandtabs((const char *)b->data, b->len, tab, false, maker_for(b));
}

// --- decode, hex, fromhex, translate -----------------------------------------------------

static Value bytes_decode(size_t nargs, const Value *args, Value kwnames) {
    BytesObj *b = self_bytes(args[0], "decode");
    static const ArgSpec spec[] = {
        {NAME(encoding), false, false, VAL_NULL},
        {NAME(errors), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("decode", nargs - 1, args + 1, kwnames, 2, spec, a);
    if (a[0] != VAL_NULL && str_get(a[0]) == NULL) {
        vm_raise(&exc_TypeError_type, "decode() argument 'encoding' must be str, not %s",
                 val_type_name(a[0]));
    }
    if (a[1] != VAL_NULL && str_get(a[1]) == NULL) {
        vm_raise(&exc_TypeError_type, "decode() argument 'errors' must be str, not %s",
                 val_type_name(a[1]));
    }
    return codec_decode(b->data, b->len, a[0], a[1]);
}

static Value bytes_hex(size_t nargs, const Value *args, Value kwnames) {
    static const char hex[] = "0123456789abcdef";
    BytesObj *b = self_bytes(args[0], "hex");
    static const ArgSpec spec[] = {
        {NAME(sep), false, false, VAL_NULL},
        {NAME(bytes_per_sep), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("hex", nargs - 1, args + 1, kwnames, 2, spec, a);
    char sep = 0;
    if (a[0] != VAL_NULL) {
        StrObj *s = str_get(a[0]);
        const uint8_t *d;
        size_t n;
        if (s != NULL) {
            d = (const uint8_t *)s->data;
            n = s->charlen;
        } else if (!obj_get_buffer(a[0], &d, &n)) {
            vm_raise(&exc_TypeError_type, "object of type '%s' has no len()", val_type_name(a[0]));
        }
        if (n != 1) {
            vm_raise(&exc_ValueError_type, "sep must be length 1.");
        }
        if (d[0] >= 0x80) {
            vm_raise(&exc_ValueError_type, "sep must be ASCII.");
        }
        sep = (char)d[0];
    }
    intptr_t per = a[1] == VAL_NULL ? 1 : obj_index(a[1]);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    Vstr v;
    vstr_init(&v, b->len * 3 + 1);
    for (size_t i = 0; i < b->len; i++) {
        if (sep != 0 && i > 0 && group > 0) {
            // Groups count from the right for a positive bytes_per_sep.
            size_t pos = per > 0 ? b->len - i : i;
            if (pos % group == 0) {
                vstr_add_byte(&v, sep);
            }
        }
        vstr_add_byte(&v, hex[b->data[i] >> 4]);
        vstr_add_byte(&v, hex[b->data[i] & 15]);
    }
    return str_new(v.buf, v.len);
}

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

static Value bytes_fromhex(size_t nargs, const Value *args) {
    (void)nargs;
    Value cls = args[0];
    StrObj *s = str_get(args[1]);
    if (s == NULL) {
        vm_raise(&exc_TypeError_type, "fromhex() argument must be str, not %s",
                 val_type_name(args[1]));
    }
    Vstr v = {NULL, 0, 0};
    const uint8_t *p = (const uint8_t *)s->data;
    size_t i = 0;
    while (i < s->len) {
        if (is_space(p[i])) {
            i++;
            continue;
        }
        int hi = hex_value(p[i]);
        if (hi < 0) {
            vm_raise(&exc_ValueError_type,
                     "non-hexadecimal number found in fromhex() arg at position %zu",
                     utf8_count(s->data, i));
        }
        int lo = i + 1 < s->len ? hex_value(p[i + 1]) : -1;
        if (lo < 0) {
            vm_raise(&exc_ValueError_type,
                     "non-hexadecimal number found in fromhex() arg at position %zu",
                     utf8_count(s->data, i + 1));
        }
        vstr_add_byte(&v, (char)(hi * 16 + lo));
        i += 2;
    }
    const uint8_t *d = (const uint8_t *)(v.buf != NULL ? v.buf : "");
    if (cls == OBJ_VAL(&bytearray_type)) {
        return bytearray_new(d, v.len);
    }
    Value r = bytes_new(d, v.len);
    if (cls != OBJ_VAL(&bytes_type)) {
        return obj_call1(cls, r);   // subclasses: cls(bytes)
    }
    return r;
}

static Value bytes_maketrans(size_t nargs, const Value *args) {
    (void)nargs;
    const uint8_t *from, *to;
    size_t nf, nt;
    bytes_buffer_arg(args[0], &from, &nf);
    bytes_buffer_arg(args[1], &to, &nt);
    if (nf != nt) {
        vm_raise(&exc_ValueError_type, "maketrans arguments must have same length");
    }
    BytesObj *r = bytes_alloc(256);
    for (size_t i = 0; i < 256; i++) {
        r->data[i] = (uint8_t)i;
    }
    for (size_t i = 0; i < nf; i++) {
        r->data[from[i]] = to[i];
    }
    return OBJ_VAL(r);
}

static Value bytes_translate(size_t nargs, const Value *args, Value kwnames) {
    BytesObj *b = self_bytes(args[0], "translate");
    static const ArgSpec spec[] = {
        {NAME(table), true, false, VAL_NULL},
        {NAME(delete), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("translate", nargs - 1, args + 1, kwnames, 2, spec, a);
    const uint8_t *table = NULL, *del = NULL;
    size_t ntable = 0, ndel = 0;
    if (a[0] != VAL_NONE) {
        bytes_buffer_arg(a[0], &table, &ntable);
        if (ntable != 256) {
            vm_raise(&exc_ValueError_type, "translation table must be 256 characters long");
        }
    }
    if (a[1] != VAL_NULL) {
        bytes_buffer_arg(a[1], &del, &ndel);
    }
    Vstr v = {NULL, 0, 0};
    for (size_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        if (del != NULL && memchr(del, c, ndel) != NULL) {
            continue;
        }
        vstr_add_byte(&v, (char)(table != NULL ? table[c] : c));
    }
    return make_like(b, (const uint8_t *)(v.buf != NULL ? v.buf : ""), v.len);
}

static Value bytes___mod__(size_t nargs, const Value *args) {
    (void)nargs;
    self_bytes(args[0], "__mod__");
    return bytes_percent_format(args[0], args[1]);
}

static Value bytes___rmod__(size_t nargs, const Value *args) {
    (void)nargs;
    self_bytes(args[0], "__rmod__");
    return VAL_NOTIMPL;
}

// --- bytearray mutators --------------------------------------------------------------------

static BytesObj *self_bytearray(Value v, const char *meth) {
    BytesObj *b = bytes_get(v);
    if (b == NULL || !bytes_is_bytearray(b)) {
        vm_raise(&exc_TypeError_type,
                 "descriptor '%s' for 'bytearray' objects doesn't apply to a '%s' object", meth,
                 val_type_name(v));
    }
    return b;
}

static Value bytearray_append(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *b = self_bytearray(args[0], "append");
    uint8_t c = bytes_byte_arg(args[1]);
    bytearray_splice(b, b->len, b->len, &c, 1);
    return VAL_NONE;
}

static Value bytearray_extend(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *b = self_bytearray(args[0], "extend");
    const uint8_t *d;
    size_t n;
    if (obj_get_buffer(args[1], &d, &n)) {
        bytearray_splice(b, b->len, b->len, d, n);
        return VAL_NONE;
    }
    const Type *t = type_of(args[1]);
    bool iterable = type_is_heap(t) ? (type_lookup(t, NAME(__iter__)) != VAL_NULL ||
                                       type_lookup(t, NAME(__getitem__)) != VAL_NULL)
                                    : t->getiter != NULL;
    if (!iterable) {
        vm_raise(&exc_TypeError_type, "can't extend bytearray with %s", val_type_name(args[1]));
    }
    Value it = obj_getiter(args[1]);
    for (Value x; (x = obj_iternext(it)) != VAL_NULL;) {
        uint8_t c = bytes_byte_arg(x);
        bytearray_splice(b, b->len, b->len, &c, 1);
    }
    return VAL_NONE;
}

static Value bytearray_insert(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *b = self_bytearray(args[0], "insert");
    intptr_t i = obj_index(args[1]);
    uint8_t c = bytes_byte_arg(args[2]);
    if (i < 0) {
        i += (intptr_t)b->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > b->len) {
        i = (intptr_t)b->len;
    }
    bytearray_splice(b, (size_t)i, (size_t)i, &c, 1);
    return VAL_NONE;
}

static Value bytearray_pop(size_t nargs, const Value *args) {
    BytesObj *b = self_bytearray(args[0], "pop");
    intptr_t i = nargs > 1 ? obj_index(args[1]) : -1;
    if (b->len == 0) {
        vm_raise(&exc_IndexError_type, "pop from empty bytearray");
    }
    if (i < 0) {
        i += (intptr_t)b->len;
    }
    if (i < 0 || (size_t)i >= b->len) {
        vm_raise(&exc_IndexError_type, "pop index out of range");
    }
    uint8_t c = b->data[i];
    bytearray_splice(b, (size_t)i, (size_t)i + 1, NULL, 0);
    return val_from_small_int(c);
}

static Value bytearray_remove(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *b = self_bytearray(args[0], "remove");
    uint8_t c = bytes_byte_arg(args[1]);
    const uint8_t *p = b->len > 0 ? memchr(b->data, c, b->len) : NULL;
    if (p == NULL) {
        vm_raise(&exc_ValueError_type, "value not found in bytearray");
    }
    size_t i = (size_t)(p - b->data);
    bytearray_splice(b, i, i + 1, NULL, 0);
    return VAL_NONE;
}

static Value bytearray_clear(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *b = self_bytearray(args[0], "clear");
    b->len = 0;
    return VAL_NONE;
}

static Value bytearray_copy(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *b = self_bytearray(args[0], "copy");
    return bytearray_new(b->data, b->len);
}

static Value bytearray_reverse(size_t nargs, const Value *args) {
    (void)nargs;
    BytesObj *b = self_bytearray(args[0], "reverse");
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return VAL_NONE;
}

// --- the method objects (listed in obj_str.h; tables in obj_bytes.c) ----------------------

BUILTIN_FN(bytes___mod___obj, __mod__, 2, 2, bytes___mod__);
BUILTIN_FN(bytes___rmod___obj, __rmod__, 2, 2, bytes___rmod__);
BUILTIN_FN(bytes_capitalize_obj, capitalize, 1, 1, bytes_capitalize);
BUILTIN_FN(bytes_center_obj, center, 2, 3, bytes_center);
BUILTIN_FN(bytes_count_obj, count, 2, 4, bytes_count);
BUILTIN_FN_KW(bytes_decode_obj, decode, 1, 3, bytes_decode);
BUILTIN_FN(bytes_endswith_obj, endswith, 2, 4, bytes_endswith);
BUILTIN_FN_KW(bytes_expandtabs_obj, expandtabs, 1, 2, bytes_expandtabs);
BUILTIN_FN(bytes_find_obj, find, 2, 4, bytes_find);
static BUILTIN_FN(bytes_fromhex_fn, fromhex, 2, 2, bytes_fromhex);
const WrapperObj bytes_fromhex_obj = {{&classmethod_type}, OBJ_VAL(&bytes_fromhex_fn)};
BUILTIN_FN_KW(bytes_hex_obj, hex, 1, 3, bytes_hex);
BUILTIN_FN(bytes_index_obj, index, 2, 4, bytes_index);
BUILTIN_FN(bytes_isalnum_obj, isalnum, 1, 1, bytes_isalnum);
BUILTIN_FN(bytes_isalpha_obj, isalpha, 1, 1, bytes_isalpha);
BUILTIN_FN(bytes_isascii_obj, isascii, 1, 1, bytes_isascii);
BUILTIN_FN(bytes_isdigit_obj, isdigit, 1, 1, bytes_isdigit);
BUILTIN_FN(bytes_islower_obj, islower, 1, 1, bytes_islower);
BUILTIN_FN(bytes_isspace_obj, isspace, 1, 1, bytes_isspace);
BUILTIN_FN(bytes_istitle_obj, istitle, 1, 1, bytes_istitle);
BUILTIN_FN(bytes_isupper_obj, isupper, 1, 1, bytes_isupper);
BUILTIN_FN(bytes_join_obj, join, 2, 2, bytes_join);
BUILTIN_FN(bytes_ljust_obj, ljust, 2, 3, bytes_ljust);
BUILTIN_FN(bytes_lower_obj, lower, 1, 1, bytes_lower);
BUILTIN_FN(bytes_lstrip_obj, lstrip, 1, 2, bytes_lstrip);
static BUILTIN_FN(bytes_maketrans_fn, maketrans, 2, 2, bytes_maketrans);
const WrapperObj bytes_maketrans_obj = {{&staticmethod_type}, OBJ_VAL(&bytes_maketrans_fn)};
BUILTIN_FN(bytes_partition_obj, partition, 2, 2, bytes_partition);
BUILTIN_FN(bytes_removeprefix_obj, removeprefix, 2, 2, bytes_removeprefix);
BUILTIN_FN(bytes_removesuffix_obj, removesuffix, 2, 2, bytes_removesuffix);
BUILTIN_FN(bytes_replace_obj, replace, 3, 4, bytes_replace);
BUILTIN_FN(bytes_rfind_obj, rfind, 2, 4, bytes_rfind);
BUILTIN_FN(bytes_rindex_obj, rindex, 2, 4, bytes_rindex);
BUILTIN_FN(bytes_rjust_obj, rjust, 2, 3, bytes_rjust);
BUILTIN_FN(bytes_rpartition_obj, rpartition, 2, 2, bytes_rpartition);
BUILTIN_FN_KW(bytes_rsplit_obj, rsplit, 1, 3, bytes_rsplit);
BUILTIN_FN(bytes_rstrip_obj, rstrip, 1, 2, bytes_rstrip);
BUILTIN_FN_KW(bytes_split_obj, split, 1, 3, bytes_split);
BUILTIN_FN_KW(bytes_splitlines_obj, splitlines, 1, 2, bytes_splitlines);
BUILTIN_FN(bytes_startswith_obj, startswith, 2, 4, bytes_startswith);
BUILTIN_FN(bytes_strip_obj, strip, 1, 2, bytes_strip);
BUILTIN_FN(bytes_swapcase_obj, swapcase, 1, 1, bytes_swapcase);
BUILTIN_FN(bytes_title_obj, title, 1, 1, bytes_title);
BUILTIN_FN_KW(bytes_translate_obj, translate, 2, 3, bytes_translate);
BUILTIN_FN(bytes_upper_obj, upper, 1, 1, bytes_upper);
BUILTIN_FN(bytes_zfill_obj, zfill, 2, 2, bytes_zfill);

BUILTIN_FN(bytearray_append_obj, append, 2, 2, bytearray_append);
BUILTIN_FN(bytearray_clear_obj, clear, 1, 1, bytearray_clear);
BUILTIN_FN(bytearray_copy_obj, copy, 1, 1, bytearray_copy);
BUILTIN_FN(bytearray_extend_obj, extend, 2, 2, bytearray_extend);
BUILTIN_FN(bytearray_insert_obj, insert, 3, 3, bytearray_insert);
BUILTIN_FN(bytearray_pop_obj, pop, 1, 2, bytearray_pop);
BUILTIN_FN(bytearray_remove_obj, remove, 2, 2, bytearray_remove);
BUILTIN_FN(bytearray_reverse_obj, reverse, 1, 1, bytearray_reverse);
