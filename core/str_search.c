// Search, count, replace, split and partition over byte strings, shared by
// str (whose UTF-8 bytes can be searched as bytes: a match of valid UTF-8
// inside valid UTF-8 always starts on a code point boundary) and by bytes
// and bytearray. Pieces are built by a SeqMaker so each caller gets its own
// result type. Offsets here are byte offsets; str converts to code points.
#include <string.h>
#include "obj_str.h"
#include "obj_cont.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

intptr_t search_find(const char *h, size_t hlen, const char *n, size_t nlen) {
    if (nlen == 0) {
        return 0;
    }
    if (nlen > hlen) {
        return -1;
    }
    if (nlen == 1) {
        const char *q = memchr(h, n[0], hlen);
        return q != NULL ? q - h : -1;
    }
    // memchr finds candidates for the first byte; the last byte is checked
    // inline before paying for a memcmp call.
    const char *p = h, *last = h + (hlen - nlen);
    char tail = n[nlen - 1];
    while (p <= last) {
        p = memchr(p, n[0], (size_t)(last - p) + 1);
        if (p == NULL) {
            return -1;
        }
        if (p[nlen - 1] == tail && memcmp(p + 1, n + 1, nlen - 2) == 0) {
            return p - h;
        }
        p++;
    }
    return -1;
}

intptr_t search_rfind(const char *h, size_t hlen, const char *n, size_t nlen) {
    if (nlen == 0) {
        return (intptr_t)hlen;
    }
    if (nlen > hlen) {
        return -1;
    }
    for (intptr_t i = (intptr_t)(hlen - nlen); i >= 0; i--) {
        if (h[i] == n[0] && memcmp(h + i, n, nlen) == 0) {
            return i;
        }
    }
    return -1;
}

size_t search_count(const char *h, size_t hlen, const char *n, size_t nlen, size_t maxcount) {
    size_t count = 0, pos = 0;
    while (count < maxcount) {
        intptr_t i = search_find(h + pos, hlen - pos, n, nlen);
        if (i < 0) {
            break;
        }
        count++;
        pos += (size_t)i + nlen;
    }
    return count;
}

Value search_replace(const char *h, size_t hlen, const char *old, size_t oldlen, const char *nw,
                     size_t nwlen, intptr_t count, SeqMaker make) {
    size_t max = count < 0 ? SIZE_MAX : (size_t)count;
    size_t n = search_count(h, hlen, old, oldlen, max);
    if (n == 0) {
        return VAL_NULL;   // caller returns the original (or a copy)
    }
    Vstr v;
    vstr_init(&v, hlen - n * oldlen + n * nwlen);
    size_t pos = 0;
    for (size_t k = 0; k < n; k++) {
        size_t i = pos + (size_t)search_find(h + pos, hlen - pos, old, oldlen);
        vstr_add_bytes(&v, h + pos, i - pos);
        vstr_add_bytes(&v, nw, nwlen);
        pos = i + oldlen;
    }
    vstr_add_bytes(&v, h + pos, hlen - pos);
    Value r = make(v.buf, v.len);
    gc_free(v.buf);   // dead now; reusable at once
    return r;
}

Value search_split(const char *h, size_t hlen, const char *sep, size_t seplen, intptr_t maxsplit,
                   SeqMaker make) {
    Value list = list_new_empty();
    size_t pos = 0;
    while (maxsplit != 0) {
        intptr_t i = search_find(h + pos, hlen - pos, sep, seplen);
        if (i < 0) {
            break;
        }
        list_append(list, make(h + pos, (size_t)i));
        pos += (size_t)i + seplen;
        if (maxsplit > 0) {
            maxsplit--;
        }
    }
    list_append(list, make(h + pos, hlen - pos));
    return list;
}

static void list_reverse_in_place(Value list) {
    ListObj *l = val_list(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

Value search_rsplit(const char *h, size_t hlen, const char *sep, size_t seplen, intptr_t maxsplit,
                    SeqMaker make) {
    Value list = list_new_empty();
    size_t end = hlen;
    while (maxsplit != 0) {
        intptr_t i = search_rfind(h, end, sep, seplen);
        if (i < 0) {
            break;
        }
        list_append(list, make(h + i + seplen, end - (size_t)i - seplen));
        end = (size_t)i;
        if (maxsplit > 0) {
            maxsplit--;
        }
    }
    list_append(list, make(h, end));
    list_reverse_in_place(list);
    return list;
}

// Bytes whitespace: space, \t \n \v \f \r (bytes.isspace / bytes.split()).
static bool byte_isspace(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }

// Length of the whitespace (or non-whitespace when !ws) run starting at p.
static size_t run_len(const char *p, const char *end, bool unicode, bool ws) {
    const char *q = p;
    while (q < end) {
        size_t n = 1;
        bool is;
        if (unicode) {
            is = utf8_isspace(utf8_get((const uint8_t *)q, &n));
        } else {
            is = byte_isspace((uint8_t)*q);
        }
        if (is != ws) {
            break;
        }
        q += n;
    }
    return (size_t)(q - p);
}

// Length of the run ending at `end` (going backwards, not before start).
static size_t run_len_back(const char *start, const char *end, bool unicode, bool ws) {
    const char *q = end;
    while (q > start) {
        size_t n = 1;
        bool is;
        if (unicode) {
            is = utf8_isspace(utf8_get_prev((const uint8_t *)start, (const uint8_t *)q, &n));
        } else {
            is = byte_isspace((uint8_t)q[-1]);
        }
        if (is != ws) {
            break;
        }
        q -= n;
    }
    return (size_t)(end - q);
}

// Whitespace split; `unicode`: decode UTF-8 and use Unicode whitespace (str),
// else ASCII whitespace bytes (bytes).
static Value split_ws(const char *h, size_t hlen, intptr_t maxsplit, SeqMaker make, bool unicode) {
    Value list = list_new_empty();
    const char *p = h, *end = h + hlen;
    for (;;) {
        p += run_len(p, end, unicode, true);
        if (p >= end) {
            break;
        }
        if (maxsplit == 0) {
            // The rest as it is (CPython keeps its trailing whitespace).
            list_append(list, make(p, (size_t)(end - p)));
            break;
        }
        size_t n = run_len(p, end, unicode, false);
        list_append(list, make(p, n));
        p += n;
        if (maxsplit > 0) {
            maxsplit--;
        }
    }
    return list;
}

static Value rsplit_ws(const char *h, size_t hlen, intptr_t maxsplit, SeqMaker make, bool unicode) {
    Value list = list_new_empty();
    const char *p = h + hlen;
    for (;;) {
        p -= run_len_back(h, p, unicode, true);
        if (p <= h) {
            break;
        }
        if (maxsplit == 0) {
            list_append(list, make(h, (size_t)(p - h)));
            break;
        }
        size_t n = run_len_back(h, p, unicode, false);
        list_append(list, make(p - n, n));
        p -= n;
        if (maxsplit > 0) {
            maxsplit--;
        }
    }
    list_reverse_in_place(list);
    return list;
}

Value search_split_ws(const char *h, size_t hlen, intptr_t maxsplit, SeqMaker make) {
    return split_ws(h, hlen, maxsplit, make, false);
}

Value search_rsplit_ws(const char *h, size_t hlen, intptr_t maxsplit, SeqMaker make) {
    return rsplit_ws(h, hlen, maxsplit, make, false);
}

Value search_split_unicode_ws(const char *h, size_t hlen, intptr_t maxsplit, SeqMaker make) {
    return split_ws(h, hlen, maxsplit, make, true);
}

Value search_rsplit_unicode_ws(const char *h, size_t hlen, intptr_t maxsplit, SeqMaker make) {
    return rsplit_ws(h, hlen, maxsplit, make, true);
}

Value search_partition(const char *h, size_t hlen, const char *sep, size_t seplen, bool right,
                       Value self, Value empty, SeqMaker make) {
    intptr_t i = right ? search_rfind(h, hlen, sep, seplen) : search_find(h, hlen, sep, seplen);
    Value items[3];
    if (i < 0) {
        Value whole = self != VAL_NULL ? self : make(h, hlen);
        items[0] = right ? empty : whole;
        items[1] = empty;
        items[2] = right ? whole : empty;
        if (self == VAL_NULL) {
            // Mutable types: every part is a fresh object.
            items[right ? 0 : 2] = make(h, 0);
            items[1] = make(h, 0);
        }
    } else {
        items[0] = make(h, (size_t)i);
        items[1] = make(sep, seplen);
        items[2] = make(h + i + seplen, hlen - (size_t)i - seplen);
    }
    return tuple_new(3, items);
}

// One slice bound of a find/count/startswith call: None or an __index__ int;
// huge ints are clipped as CPython's _PyEval_SliceIndex does.
static bool slice_bound(Value v, intptr_t *out) {
    if (v == VAL_NULL || v == VAL_NONE) {
        return false;
    }
    if (val_is_small_int(v)) {
        *out = val_small_int(v);
        return true;
    }
    const Type *t = type_of(v);
    if (!type_is_subtype(t, &int_type) && t != &bool_type &&
        (!type_is_heap(t) || type_lookup(t, NAME(__index__)) == VAL_NULL)) {
        vm_raise(&exc_TypeError_type,
                 "slice indices must be integers or None or have an __index__ method");
    }
    Value i = int_coerce(obj_native(v));
    int64_t x;
    if (i != VAL_NULL && !int_to_i64(i, &x)) {
        *out = int_sign(i) < 0 ? -INTPTR_MAX : INTPTR_MAX;
        return true;
    }
    *out = obj_index(v);
    return true;
}

void search_adjust(Value vstart, Value vend, size_t len, intptr_t *start, intptr_t *end) {
    intptr_t s = 0, e = (intptr_t)len;
    slice_bound(vstart, &s);
    slice_bound(vend, &e);
    if (e > (intptr_t)len) {
        e = (intptr_t)len;
    } else if (e < 0) {
        e += (intptr_t)len;
        if (e < 0) {
            e = 0;
        }
    }
    if (s < 0) {
        s += (intptr_t)len;
        if (s < 0) {
            s = 0;
        }
    }
    *start = s;
    *end = e;
}

void search_split_args(const char *name, size_t nargs, const Value *args, Value kwnames,
                       Value *sep, intptr_t *maxsplit) {
    static const ArgSpec spec[] = {
        {NAME(sep), false, false, VAL_NONE},
        {NAME(maxsplit), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse(name, nargs - 1, args + 1, kwnames, 2, spec, a);
    *sep = a[0];
    *maxsplit = a[1] == VAL_NULL ? -1 : obj_index(a[1]);
}

Value search_splitlines(size_t nargs, const Value *args, Value kwnames, const char *h, size_t hlen,
                        bool unicode, SeqMaker make) {
    static const ArgSpec spec[] = {{NAME(keepends), false, false, VAL_NULL}};
    Value a[1];
    args_parse("splitlines", nargs - 1, args + 1, kwnames, 1, spec, a);
    bool keep = a[0] != VAL_NULL && obj_index(a[0]) != 0;
    Value list = list_new_empty();
    const uint8_t *data = (const uint8_t *)h;
    size_t i = 0, line = 0;
    while (i < hlen) {
        // bytes break only at \n and \r; str at every Unicode line boundary.
        size_t n = 1;
        uint32_t c = unicode ? utf8_get(data + i, &n) : data[i];
        bool brk = unicode ? utf8_islinebreak(c) : (c == '\n' || c == '\r');
        if (!brk) {
            i += n;
            continue;
        }
        size_t eol = i;
        i += n;
        if (c == '\r' && i < hlen && data[i] == '\n') {
            i++;
        }
        list_append(list, make(h + line, (keep ? i : eol) - line));
        line = i;
    }
    if (line < hlen) {
        list_append(list, make(h + line, hlen - line));
    }
    return list;
}

intptr_t search_tabsize_arg(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {{NAME(tabsize), false, false, VAL_NULL}};
    Value a[1];
    args_parse("expandtabs", nargs - 1, args + 1, kwnames, 1, spec, a);
    return a[0] == VAL_NULL ? 8 : obj_index(a[0]);
}

Value search_expandtabs(const char *h, size_t hlen, intptr_t tab, bool unicode, SeqMaker make) {
    Vstr v;
    vstr_init(&v, hlen + 16);
    const uint8_t *p = (const uint8_t *)h, *end = p + hlen;
    size_t col = 0;
    while (p < end) {
        // A column is a code point of str, a byte of bytes.
        size_t n = 1;
        uint32_t c = unicode ? utf8_get(p, &n) : *p;
        if (c == '\t') {
            if (tab > 0) {
                size_t k = (size_t)tab - col % (size_t)tab;
                for (size_t j = 0; j < k; j++) {
                    vstr_add_byte(&v, ' ');
                }
                col += k;
            }
        } else {
            vstr_add_bytes(&v, (const char *)p, n);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        p += n;
    }
    return make(v.buf, v.len);
}
