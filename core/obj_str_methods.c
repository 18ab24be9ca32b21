// The methods of str (the method table itself is built in obj_str.c from
// STR_METHODS in obj_str.h). Searching works on the UTF-8 bytes (see
// str_search.c) and converts byte offsets to code point indices only for
// non-ASCII strings; case mapping and classification use utf8.c's tables
// (exact for Latin, Greek, Cyrillic and Armenian, approximate elsewhere).
// Error messages follow CPython 3.11 word for word.
#include <string.h>
#include "obj_str.h"
#include "format.h"
#include "nlr.h"
#include "obj_cont.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

// --- helpers ------------------------------------------------------------------

static StrObj *self_str(Value v, const char *meth) {
    StrObj *s = str_get(v);
    if (s == NULL) {
        vm_raise(&exc_TypeError_type,
                 "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", meth,
                 val_type_name(v));
    }
    return s;
}

// Returns self when it is an exact str, else an exact copy (subclasses).
static Value same_str(Value self, StrObj *s) {
    return val_is_str(self) ? self : str_new_len(s->data, s->len, s->charlen);
}

static Value make_str(const char *data, size_t len) { return str_new(data, len); }

static Value opt_arg(size_t nargs, const Value *args, size_t i) {
    return i < nargs ? args[i] : VAL_NULL;
}

// Byte offset for a code point index that may exceed the length.
static size_t byte_at(StrObj *s, intptr_t ci) {
    return (size_t)ci >= s->charlen ? s->len : str_char_offset(s, (size_t)ci);
}

static size_t char_index(StrObj *s, size_t b) {
    return str_is_ascii(s) ? b : utf8_count(s->data, b);
}

// --- find / index / count -------------------------------------------------------

// The code point index of sub in s[start:end], or -1.
static intptr_t find_impl(size_t nargs, const Value *args, bool right, const char *name) {
    StrObj *s = self_str(args[0], name);
    StrObj *sub = str_arg(args[1], "");
    intptr_t start, end;
    search_adjust(opt_arg(nargs, args, 2), opt_arg(nargs, args, 3), s->charlen, &start, &end);
    if (end - start < (intptr_t)sub->charlen) {
        return -1;
    }
    size_t b0 = byte_at(s, start), b1 = byte_at(s, end);
    intptr_t r = right ? search_rfind(s->data + b0, b1 - b0, sub->data, sub->len)
                       : search_find(s->data + b0, b1 - b0, sub->data, sub->len);
    if (r < 0) {
        return -1;
    }
    return (intptr_t)char_index(s, b0 + (size_t)r);
}

static Value str_find(size_t nargs, const Value *args) {
    return val_from_small_int(find_impl(nargs, args, false, "find"));
}

static Value str_rfind(size_t nargs, const Value *args) {
    return val_from_small_int(find_impl(nargs, args, true, "rfind"));
}

// index/rindex: find/rfind that raise instead of returning -1.
static Value index_impl(size_t nargs, const Value *args, bool right, const char *name) {
    intptr_t r = find_impl(nargs, args, right, name);
    if (r < 0) {
        vm_raise(&exc_ValueError_type, "substring not found");
    }
    return val_from_small_int(r);
}

static Value str_index(size_t nargs, const Value *args) {
    return index_impl(nargs, args, false, "index");
}

static Value str_rindex(size_t nargs, const Value *args) {
    return index_impl(nargs, args, true, "rindex");
}

static Value str_count(size_t nargs, const Value *args) {
    StrObj *s = self_str(args[0], "count");
    StrObj *sub = str_arg(args[1], "");
    intptr_t start, end;
    search_adjust(opt_arg(nargs, args, 2), opt_arg(nargs, args, 3), s->charlen, &start, &end);
    if (end - start < (intptr_t)sub->charlen) {
        return val_from_small_int(0);
    }
    if (sub->len == 0) {
        return val_from_small_int(end - start + 1);
    }
    size_t b0 = byte_at(s, start), b1 = byte_at(s, end);
    return val_from_small_int(
        (intptr_t)search_count(s->data + b0, b1 - b0, sub->data, sub->len, SIZE_MAX));
}

// --- startswith / endswith -------------------------------------------------------

static bool tail_match(StrObj *s, StrObj *sub, intptr_t start, intptr_t end, bool at_end) {
    if (end - start < (intptr_t)sub->charlen) {
        return false;
    }
    size_t b0 = byte_at(s, start), b1 = byte_at(s, end);
    if (b1 - b0 < sub->len) {
        return false;
    }
    size_t at = at_end ? b1 - sub->len : b0;
    return memcmp(s->data + at, sub->data, sub->len) == 0;
}

static Value starts_ends(size_t nargs, const Value *args, bool at_end, const char *name) {
    StrObj *s = self_str(args[0], name);
    intptr_t start, end;
    search_adjust(opt_arg(nargs, args, 2), opt_arg(nargs, args, 3), s->charlen, &start, &end);
    Value p = args[1];
    if (is_type(p, &tuple_type)) {
        TupleObj *t = val_tuple(p);
        for (size_t i = 0; i < t->len; i++) {
            StrObj *sub = str_get(t->items[i]);
            if (sub == NULL) {
                vm_raise(&exc_TypeError_type, "tuple for %s must only contain str, not %s", name,
                         val_type_name(t->items[i]));
            }
            if (tail_match(s, sub, start, end, at_end)) {
                return VAL_TRUE;
            }
        }
        return VAL_FALSE;
    }
    StrObj *sub = str_get(p);
    if (sub == NULL) {
        vm_raise(&exc_TypeError_type, "%s first arg must be str or a tuple of str, not %s", name,
                 val_type_name(p));
    }
    return val_bool(tail_match(s, sub, start, end, at_end));
}

static Value str_startswith(size_t nargs, const Value *args) {
    return starts_ends(nargs, args, false, "startswith");
}

static Value str_endswith(size_t nargs, const Value *args) {
    return starts_ends(nargs, args, true, "endswith");
}

// --- strip ----------------------------------------------------------------------

#define STRIP_LEFT 1
#define STRIP_RIGHT 2

// Whether cp is whitespace (chars == NULL) or one of `chars`.
static bool strip_match(uint32_t cp, const char *cpbytes, size_t n, StrObj *chars) {
    if (chars == NULL) {
        return utf8_isspace(cp);
    }
    return search_find(chars->data, chars->len, cpbytes, n) >= 0;
}

static Value strip_impl(size_t nargs, const Value *args, int which, const char *name) {
    StrObj *s = self_str(args[0], name);
    StrObj *chars = NULL;
    if (nargs > 1 && args[1] != VAL_NONE) {
        chars = str_get(args[1]);
        if (chars == NULL) {
            vm_raise(&exc_TypeError_type, "%s arg must be None or str", name);
        }
    }
    const uint8_t *data = (const uint8_t *)s->data;
    size_t b0 = 0, b1 = s->len;
    if (which & STRIP_LEFT) {
        while (b0 < b1) {
            size_t n;
            uint32_t cp = utf8_get(data + b0, &n);
            if (!strip_match(cp, (const char *)data + b0, n, chars)) {
                break;
            }
            b0 += n;
        }
    }
    if (which & STRIP_RIGHT) {
        while (b1 > b0) {
            size_t n;
            uint32_t cp = utf8_get_prev(data + b0, data + b1, &n);
            if (!strip_match(cp, (const char *)data + b1 - n, n, chars)) {
                break;
            }
            b1 -= n;
        }
    }
    if (b0 == 0 && b1 == s->len) {
        return same_str(args[0], s);
    }
    return str_new((const char *)data + b0, b1 - b0);
}

static Value str_strip(size_t nargs, const Value *args) {
    return strip_impl(nargs, args, STRIP_LEFT | STRIP_RIGHT, "strip");
}

static Value str_lstrip(size_t nargs, const Value *args) {
    return strip_impl(nargs, args, STRIP_LEFT, "lstrip");
}

static Value str_rstrip(size_t nargs, const Value *args) {
    return strip_impl(nargs, args, STRIP_RIGHT, "rstrip");
}

// --- split / join ---------------------------------------------------------------

static Value split_impl(size_t nargs, const Value *args, Value kwnames, bool right) {
    const char *name = right ? "rsplit" : "split";
    StrObj *s = self_str(args[0], name);
    Value sepv;
    intptr_t maxsplit;
    search_split_args(name, nargs, args, kwnames, &sepv, &maxsplit);
    if (sepv == VAL_NONE) {
        return right ? search_rsplit_unicode_ws(s->data, s->len, maxsplit, make_str)
                     : search_split_unicode_ws(s->data, s->len, maxsplit, make_str);
    }
    StrObj *sep = str_get(sepv);
    if (sep == NULL) {
        vm_raise(&exc_TypeError_type, "must be str or None, not %s", val_type_name(sepv));
    }
    if (sep->len == 0) {
        vm_raise(&exc_ValueError_type, "empty separator");
    }
    return right ? search_rsplit(s->data, s->len, sep->data, sep->len, maxsplit, make_str)
                 : search_split(s->data, s->len, sep->data, sep->len, maxsplit, make_str);
}

static Value str_split(size_t nargs, const Value *args, Value kwnames) {
    return split_impl(nargs, args, kwnames, false);
}

static Value str_rsplit(size_t nargs, const Value *args, Value kwnames) {
    return split_impl(nargs, args, kwnames, true);
}

static Value str_splitlines(size_t nargs, const Value *args, Value kwnames) {
    StrObj *s = self_str(args[0], "splitlines");
    return search_splitlines(nargs, args, kwnames, s->data, s->len, true, make_str);
}

static Value str_join(size_t nargs, const Value *args) {
    (void)nargs;
    self_str(args[0], "join");
    Value iterable = args[1];
    size_t n;
    Value *items;
    if (!obj_get_array(iterable, &n, &items)) {
        volatile Value it = VAL_NULL;
        NlrBuf nb;
        if (nlr_push(&nb) == 0) {
            it = obj_getiter(iterable);
            nlr_pop();
        } else {
            if (obj_isinstance(nb.exc, &exc_TypeError_type)) {
                vm_raise(&exc_TypeError_type, "can only join an iterable");
            }
            vm_raise_obj(nb.exc);
        }
        Value list = list_from_iter(it);
        obj_get_array(list, &n, &items);
    }
    return str_join_values(args[0], n, items);
}

// --- replace, partition, prefix/suffix ----------------------------------------------

static Value str_replace(size_t nargs, const Value *args) {
    StrObj *s = self_str(args[0], "replace");
    StrObj *old = str_get(args[1]);
    if (old == NULL) {
        vm_raise(&exc_TypeError_type, "replace() argument 1 must be str, not %s",
                 val_type_name(args[1]));
    }
    StrObj *nw = str_get(args[2]);
    if (nw == NULL) {
        vm_raise(&exc_TypeError_type, "replace() argument 2 must be str, not %s",
                 val_type_name(args[2]));
    }
    intptr_t count = nargs > 3 ? obj_index(args[3]) : -1;
    if (old->len == 0) {
        // Insert `new` before every code point and at the end.
        size_t max = count < 0 ? SIZE_MAX : (size_t)count;
        if (max == 0) {
            return same_str(args[0], s);
        }
        Vstr v;
        vstr_init(&v, s->len + ((size_t)s->charlen + 1) * nw->len);
        const uint8_t *p = (const uint8_t *)s->data, *end = p + s->len;
        size_t done = 0;
        while (done < max) {
            vstr_add_bytes(&v, nw->data, nw->len);
            done++;
            if (p >= end) {
                break;
            }
            size_t n;
            utf8_get(p, &n);
            vstr_add_bytes(&v, (const char *)p, n);
            p += n;
        }
        vstr_add_bytes(&v, (const char *)p, (size_t)(end - p));
        return str_new(v.buf, v.len);
    }
    Value r = search_replace(s->data, s->len, old->data, old->len, nw->data, nw->len, count,
                             make_str);
    return r != VAL_NULL ? r : same_str(args[0], s);
}

static Value partition_impl(size_t nargs, const Value *args, bool right) {
    (void)nargs;
    StrObj *s = self_str(args[0], right ? "rpartition" : "partition");
    StrObj *sep = str_arg(args[1], "");
    if (sep->len == 0) {
        vm_raise(&exc_ValueError_type, "empty separator");
    }
    return search_partition(s->data, s->len, sep->data, sep->len, right, same_str(args[0], s),
                            str_empty(), make_str);
}

static Value str_partition(size_t nargs, const Value *args) {
    return partition_impl(nargs, args, false);
}

static Value str_rpartition(size_t nargs, const Value *args) {
    return partition_impl(nargs, args, true);
}

static Value affix_impl(const Value *args, bool suffix) {
    const char *name = suffix ? "removesuffix" : "removeprefix";
    StrObj *s = self_str(args[0], name);
    StrObj *a = str_get(args[1]);
    if (a == NULL) {
        vm_raise(&exc_TypeError_type, "%s() argument must be str, not %s", name,
                 val_type_name(args[1]));
    }
    if (a->len > 0 && a->len <= s->len &&
        memcmp(s->data + (suffix ? s->len - a->len : 0), a->data, a->len) == 0) {
        return str_new_len(s->data + (suffix ? 0 : a->len), s->len - a->len,
                           s->charlen - a->charlen);
    }
    return same_str(args[0], s);
}

static Value str_removeprefix(size_t nargs, const Value *args) {
    (void)nargs;
    return affix_impl(args, false);
}

static Value str_removesuffix(size_t nargs, const Value *args) {
    (void)nargs;
    return affix_impl(args, true);
}

// --- case mapping ---------------------------------------------------------------

#define CONV_UPPER 0
#define CONV_LOWER 1
#define CONV_CASEFOLD 2
#define CONV_SWAPCASE 3
#define CONV_CAPITALIZE 4
#define CONV_TITLE 5

// Approximation of Unicode's Case_Ignorable property (apostrophes, dots,
// modifier letters and combining marks), enough for the final-sigma rule.
static bool case_ignorable(uint32_t cp) {
    return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`' || cp == 0xA8 ||
           cp == 0xAD || cp == 0xAF || cp == 0xB4 || cp == 0xB7 || cp == 0xB8 ||
           (cp >= 0x2B0 && cp <= 0x36F) || cp == 0x2019;
}

// Lower-case form of capital sigma at p: final sigma when a cased letter
// precedes it and none follows (skipping case-ignorable code points).
static uint32_t lower_sigma(const uint8_t *start, const uint8_t *p, size_t n, const uint8_t *end) {
    const uint8_t *q = p;
    bool before = false;
    while (q > start) {
        size_t m;
        uint32_t c = utf8_get_prev(start, q, &m);
        q -= m;
        if (!case_ignorable(c)) {
            before = utf8_iscased(c);
            break;
        }
    }
    if (!before) {
        return 0x3C3;
    }
    q = p + n;
    while (q < end) {
        size_t m;
        uint32_t c = utf8_get(q, &m);
        q += m;
        if (!case_ignorable(c)) {
            return utf8_iscased(c) ? 0x3C3 : 0x3C2;
        }
    }
    return 0x3C2;
}

static void add_mapped(Vstr *v, uint32_t cp, int kind, const uint8_t *start, const uint8_t *p,
                       size_t n, const uint8_t *end) {
    if (kind == UTF8_CASE_LOWER && cp == 0x3A3) {
        vstr_add_codepoint(v, lower_sigma(start, p, n, end));
        return;
    }
    uint32_t out[3];
    size_t k = utf8_case_map(cp, kind, out);
    for (size_t i = 0; i < k; i++) {
        vstr_add_codepoint(v, out[i]);
    }
}

static Value convert_ascii(StrObj *s, int mode) {
    StrObj *r = str_alloc(s->len);
    char *d = str_buf(r);
    bool prev_cased = false;
    for (size_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        bool to_upper;
        switch (mode) {
            case CONV_UPPER: to_upper = true; break;
            case CONV_SWAPCASE: to_upper = low; break;
            case CONV_CAPITALIZE: to_upper = i == 0; break;
            case CONV_TITLE: to_upper = !prev_cased; break;
            default: to_upper = false; break;
        }
        if (to_upper && low) {
            c = (char)(c - 32);
        } else if (!to_upper && up) {
            c = (char)(c + 32);
        }
        prev_cased = up || low;
        d[i] = c;
    }
    return OBJ_VAL(r);
}

static Value convert(StrObj *s, int mode) {
    if (str_is_ascii(s)) {
        return s->len == 0 ? str_empty() : convert_ascii(s, mode);
    }
    Vstr v;
    vstr_init(&v, s->len + 8);
    const uint8_t *start = (const uint8_t *)s->data, *end = start + s->len, *p = start;
    bool prev_cased = false;
    while (p < end) {
        size_t n;
        uint32_t cp = utf8_get(p, &n);
        int kind;
        switch (mode) {
            case CONV_UPPER: kind = UTF8_CASE_UPPER; break;
            case CONV_LOWER: kind = UTF8_CASE_LOWER; break;
            case CONV_CASEFOLD: kind = UTF8_CASE_FOLD; break;
            case CONV_SWAPCASE:
                kind = utf8_isupper(cp) ? UTF8_CASE_LOWER : utf8_islower(cp) ? UTF8_CASE_UPPER : -1;
                break;
            case CONV_CAPITALIZE: kind = p == start ? UTF8_CASE_TITLE : UTF8_CASE_LOWER; break;
            default: kind = prev_cased ? UTF8_CASE_LOWER : UTF8_CASE_TITLE; break;
        }
        if (kind < 0) {
            vstr_add_bytes(&v, (const char *)p, n);
        } else {
            add_mapped(&v, cp, kind, start, p, n, end);
        }
        prev_cased = utf8_iscased(cp);
        p += n;
    }
    return str_new(v.buf, v.len);
}

#define CASE_METHOD(name, mode)                                 \
    static Value str_##name(size_t nargs, const Value *args) { \
        (void)nargs;                                            \
        return convert(self_str(args[0], #name), mode);         \
    }
CASE_METHOD(upper, CONV_UPPER)
CASE_METHOD(lower, CONV_LOWER)
CASE_METHOD(casefold, CONV_CASEFOLD)
CASE_METHOD(swapcase, CONV_SWAPCASE)
CASE_METHOD(capitalize, CONV_CAPITALIZE)
CASE_METHOD(title, CONV_TITLE)

// --- classification ---------------------------------------------------------------

static Value all_chars(const Value *args, const char *name, bool (*pred)(uint32_t)) {
    StrObj *s = self_str(args[0], name);
    if (s->len == 0) {
        return VAL_FALSE;
    }
    const uint8_t *p = (const uint8_t *)s->data, *end = p + s->len;
    while (p < end) {
        size_t n;
        if (!pred(utf8_get(p, &n))) {
            return VAL_FALSE;
        }
        p += n;
    }
    return VAL_TRUE;
}

#define IS_METHOD(name, pred)                                   \
    static Value str_##name(size_t nargs, const Value *args) { \
        (void)nargs;                                            \
        return all_chars(args, #name, pred);                    \
    }
IS_METHOD(isalnum, utf8_isalnum)
IS_METHOD(isalpha, utf8_isalpha)
IS_METHOD(isdecimal, utf8_isdecimal)
IS_METHOD(isdigit, utf8_isdigit)
IS_METHOD(isnumeric, utf8_isnumeric)
IS_METHOD(isspace, utf8_isspace)

static Value str_isprintable(size_t nargs, const Value *args) {
    (void)nargs;
    StrObj *s = self_str(args[0], "isprintable");
    return s->len == 0 ? VAL_TRUE : all_chars(args, "isprintable", utf8_isprintable);
}

static Value str_isascii(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(str_is_ascii(self_str(args[0], "isascii")));
}

static Value str_isidentifier(size_t nargs, const Value *args) {
    (void)nargs;
    StrObj *s = self_str(args[0], "isidentifier");
    if (s->len == 0) {
        return VAL_FALSE;
    }
    const uint8_t *p = (const uint8_t *)s->data, *end = p + s->len;
    size_t n;
    if (!utf8_isidstart(utf8_get(p, &n))) {
        return VAL_FALSE;
    }
    for (p += n; p < end; p += n) {
        if (!utf8_isidcontinue(utf8_get(p, &n))) {
            return VAL_FALSE;
        }
    }
    return VAL_TRUE;
}

// islower / isupper: every cased code point has the case, and there is one.
static Value case_check(const Value *args, const char *name, bool upper) {
    StrObj *s = self_str(args[0], name);
    const uint8_t *p = (const uint8_t *)s->data, *end = p + s->len;
    bool cased = false;
    while (p < end) {
        size_t n;
        uint32_t cp = utf8_get(p, &n);
        p += n;
        bool is_up = utf8_isupper(cp), is_low = utf8_islower(cp);
        if ((upper ? is_low : is_up) || utf8_istitle(cp)) {
            return VAL_FALSE;
        }
        cased = cased || (upper ? is_up : is_low);
    }
    return val_bool(cased);
}

static Value str_islower(size_t nargs, const Value *args) {
    (void)nargs;
    return case_check(args, "islower", false);
}

static Value str_isupper(size_t nargs, const Value *args) {
    (void)nargs;
    return case_check(args, "isupper", true);
}

static Value str_istitle(size_t nargs, const Value *args) {
    (void)nargs;
    StrObj *s = self_str(args[0], "istitle");
    const uint8_t *p = (const uint8_t *)s->data, *end = p + s->len;
    bool cased = false, prev_cased = false;
    while (p < end) {
        size_t n;
        uint32_t cp = utf8_get(p, &n);
        p += n;
        if (utf8_isupper(cp) || utf8_istitle(cp)) {
            if (prev_cased) {
                return VAL_FALSE;
            }
            prev_cased = cased = true;
        } else if (utf8_islower(cp)) {
            if (!prev_cased) {
                return VAL_FALSE;
            }
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return val_bool(cased);
}

// --- padding ----------------------------------------------------------------------

static uint32_t fill_arg(size_t nargs, const Value *args) {
    if (nargs < 3) {
        return ' ';
    }
    StrObj *f = str_get(args[2]);
    if (f == NULL) {
        vm_raise(&exc_TypeError_type, "The fill character must be a unicode character, not %s",
                 val_type_name(args[2]));
    }
    if (f->charlen != 1) {
        vm_raise(&exc_TypeError_type, "The fill character must be exactly one character long");
    }
    size_t n;
    return utf8_get((const uint8_t *)f->data, &n);
}

static void add_fill(Vstr *v, uint32_t fill, size_t count) {
    char buf[4];
    size_t n = utf8_encode(fill, buf);
    for (size_t i = 0; i < count; i++) {
        vstr_add_bytes(v, buf, n);
    }
}

// Pads to `width` code points with `left` fill code points before the text.
static Value pad(Value self, StrObj *s, intptr_t width, uint32_t fill, int where) {
    if (width <= (intptr_t)s->charlen) {
        return same_str(self, s);
    }
    size_t marg = (size_t)width - s->charlen, left;
    if (where < 0) {
        left = 0;
    } else if (where > 0) {
        left = marg;
    } else {
        // CPython's centering: the odd extra goes left only when width is odd.
        left = marg / 2 + (marg & (size_t)width & 1);
    }
    Vstr v;
    vstr_init(&v, s->len + marg * utf8_cp_len(fill));
    add_fill(&v, fill, left);
    vstr_add_bytes(&v, s->data, s->len);
    add_fill(&v, fill, marg - left);
    return str_new_len(v.buf, v.len, (size_t)width);
}

static Value str_center(size_t nargs, const Value *args) {
    StrObj *s = self_str(args[0], "center");
    intptr_t w = obj_index(args[1]);
    return pad(args[0], s, w, fill_arg(nargs, args), 0);
}

static Value str_ljust(size_t nargs, const Value *args) {
    StrObj *s = self_str(args[0], "ljust");
    intptr_t w = obj_index(args[1]);
    return pad(args[0], s, w, fill_arg(nargs, args), -1);
}

static Value str_rjust(size_t nargs, const Value *args) {
    StrObj *s = self_str(args[0], "rjust");
    intptr_t w = obj_index(args[1]);
    return pad(args[0], s, w, fill_arg(nargs, args), 1);
}

static Value str_zfill(size_t nargs, const Value *args) {
    (void)nargs;
    StrObj *s = self_str(args[0], "zfill");
    intptr_t w = obj_index(args[1]);
    if (w <= (intptr_t)s->charlen) {
        return same_str(args[0], s);
    }
    size_t fill = (size_t)w - s->charlen;
    StrObj *r = str_alloc(s->len + fill);
    char *d = str_buf(r);
    memset(d, '0', fill);
    memcpy(d + fill, s->data, s->len);
    if (s->len > 0 && (d[fill] == '+' || d[fill] == '-')) {
        d[0] = d[fill];
        d[fill] = '0';
    }
    r->charlen = (uint32_t)w;
    return OBJ_VAL(r);
}

static Value str_expandtabs(size_t nargs, const Value *args, Value kwnames) {
    StrObj *s = self_str(args[0], "expandtabs");
    intptr_t tab = search_tabsize_arg(nargs, args, kwnames);
    if (memchr(s->data, '\t', s->len) == NULL) {
        return same_str(args[0], s);
    }
    return search_expandtabs(s->data, s->len, tab, true, make_str);
}

// --- encode, format, translate ------------------------------------------------------

static Value str_encode(size_t nargs, const Value *args, Value kwnames) {
    StrObj *s = self_str(args[0], "encode");
    static const ArgSpec spec[] = {
        {NAME(encoding), false, false, VAL_NULL},
        {NAME(errors), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("encode", nargs - 1, args + 1, kwnames, 2, spec, a);
    if (a[0] != VAL_NULL && str_get(a[0]) == NULL) {
        vm_raise(&exc_TypeError_type, "encode() argument 'encoding' must be str, not %s",
                 val_type_name(a[0]));
    }
    if (a[1] != VAL_NULL && str_get(a[1]) == NULL) {
        vm_raise(&exc_TypeError_type, "encode() argument 'errors' must be str, not %s",
                 val_type_name(a[1]));
    }
    return codec_encode(OBJ_VAL(s), a[0], a[1]);
}

static Value str_format(size_t nargs, const Value *args, Value kwnames) {
    self_str(args[0], "format");
    return str_format_args(args[0], nargs - 1, args + 1, kwnames);
}

static Value str_format_map_m(size_t nargs, const Value *args) {
    (void)nargs;
    self_str(args[0], "format_map");
    return str_format_map(args[0], args[1]);
}

static Value str___format__(size_t nargs, const Value *args) {
    (void)nargs;
    StrObj *s = self_str(args[0], "__format__");
    StrObj *spec = str_get(args[1]);
    if (spec == NULL) {
        vm_raise(&exc_TypeError_type, "__format__() argument must be str, not %s",
                 val_type_name(args[1]));
    }
    if (spec->len == 0) {
        return same_str(args[0], s);
    }
    return format_str_spec(OBJ_VAL(s), spec->data, spec->len);
}

static Value str___mod__(size_t nargs, const Value *args) {
    (void)nargs;
    self_str(args[0], "__mod__");
    return str_percent_format(args[0], args[1]);
}

static Value str___rmod__(size_t nargs, const Value *args) {
    (void)nargs;
    self_str(args[0], "__rmod__");
    return VAL_NOTIMPL;
}

// The key of a maketrans dict: an int, or a one-code-point str (its ord).
static Value trans_key(Value k) {
    StrObj *ks = str_get(k);
    if (ks != NULL) {
        if (ks->charlen != 1) {
            vm_raise(&exc_ValueError_type, "string keys in translate table must be of length 1");
        }
        size_t n;
        return val_from_small_int(utf8_get((const uint8_t *)ks->data, &n));
    }
    if (int_coerce(k) != VAL_NULL) {
        return k;
    }
    vm_raise(&exc_TypeError_type, "keys in translate table must be strings or integers");
}

static Value str_maketrans(size_t nargs, const Value *args) {
    Value d = dict_new();
    if (nargs == 1) {
        if (!obj_isinstance(args[0], &dict_type)) {
            vm_raise(&exc_TypeError_type,
                     "if you give only one argument to maketrans it must be a dict");
        }
        Value src = obj_native(args[0]), k, v;
        for (size_t i = 0; dict_next(src, &i, &k, &v);) {
            dict_set(d, trans_key(k), v);
        }
        return d;
    }
    StrObj *x = str_get(args[0]);
    if (x == NULL) {
        vm_raise(&exc_TypeError_type,
                 "first maketrans argument must be a string if there is a second argument");
    }
    StrObj *y = str_get(args[1]);
    if (y == NULL) {
        vm_raise(&exc_TypeError_type, "maketrans() argument 2 must be str, not %s",
                 val_type_name(args[1]));
    }
    StrObj *z = NULL;
    if (nargs > 2) {
        z = str_get(args[2]);
        if (z == NULL) {
            vm_raise(&exc_TypeError_type, "maketrans() argument 3 must be str, not %s",
                     val_type_name(args[2]));
        }
    }
    if (x->charlen != y->charlen) {
        vm_raise(&exc_ValueError_type, "the first two maketrans arguments must have equal length");
    }
    const uint8_t *p = (const uint8_t *)x->data, *q = (const uint8_t *)y->data;
    for (size_t i = 0; i < x->charlen; i++) {
        size_t n, m;
        uint32_t a = utf8_get(p, &n), b = utf8_get(q, &m);
        dict_set(d, val_from_small_int(a), val_from_small_int(b));
        p += n;
        q += m;
    }
    if (z != NULL) {
        p = (const uint8_t *)z->data;
        for (size_t i = 0; i < z->charlen; i++) {
            size_t n;
            dict_set(d, val_from_small_int(utf8_get(p, &n)), VAL_NONE);
            p += n;
        }
    }
    return d;
}

// table[cp] for translate: VAL_NULL when the table has no entry
// (LookupError), so the code point is kept.
static Value trans_lookup(Value table, uint32_t cp) {
    Value key = val_from_small_int(cp);
    if (is_type(table, &dict_type)) {
        return dict_get(table, key);
    }
    volatile Value r = VAL_NULL;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        r = obj_getitem(table, key);
        nlr_pop();
    } else {
        if (!obj_isinstance(nb.exc, &exc_LookupError_type)) {
            vm_raise_obj(nb.exc);
        }
        return VAL_NULL;
    }
    return r;
}

static Value str_translate(size_t nargs, const Value *args) {
    (void)nargs;
    StrObj *s = self_str(args[0], "translate");
    Value table = args[1];
    Vstr v;
    vstr_init(&v, s->len + 8);
    const uint8_t *p = (const uint8_t *)s->data, *end = p + s->len;
    while (p < end) {
        size_t n;
        uint32_t cp = utf8_get(p, &n);
        Value m = trans_lookup(table, cp);
        if (m == VAL_NULL) {
            vstr_add_bytes(&v, (const char *)p, n);
        } else if (m == VAL_NONE) {
            // deleted
        } else if (str_get(m) != NULL) {
            vstr_add_value_str(&v, OBJ_VAL(str_get(m)));
        } else if (int_coerce(m) != VAL_NULL) {
            int64_t c;
            if (!int_to_i64(int_coerce(m), &c) || c < 0 || c >= 0x110000) {
                vm_raise(&exc_ValueError_type, "character mapping must be in range(0x110000)");
            }
            vstr_add_codepoint(&v, (uint32_t)c);
        } else {
            vm_raise(&exc_TypeError_type, "character mapping must return integer, None or str");
        }
        p += n;
    }
    return str_new(v.buf, v.len);
}

// --- the method objects (listed in obj_str.h; table in obj_str.c) --------------------

BUILTIN_FN(str___format___obj, __format__, 2, 2, str___format__);
BUILTIN_FN(str___mod___obj, __mod__, 2, 2, str___mod__);
BUILTIN_FN(str___rmod___obj, __rmod__, 2, 2, str___rmod__);
BUILTIN_FN(str_capitalize_obj, capitalize, 1, 1, str_capitalize);
BUILTIN_FN(str_casefold_obj, casefold, 1, 1, str_casefold);
BUILTIN_FN(str_center_obj, center, 2, 3, str_center);
BUILTIN_FN(str_count_obj, count, 2, 4, str_count);
BUILTIN_FN_KW(str_encode_obj, encode, 1, 3, str_encode);
BUILTIN_FN(str_endswith_obj, endswith, 2, 4, str_endswith);
BUILTIN_FN_KW(str_expandtabs_obj, expandtabs, 1, 2, str_expandtabs);
BUILTIN_FN(str_find_obj, find, 2, 4, str_find);
BUILTIN_FN_KW(str_format_obj, format, 1, FN_UNLIMITED, str_format);
BUILTIN_FN(str_format_map_obj, format_map, 2, 2, str_format_map_m);
BUILTIN_FN(str_index_obj, index, 2, 4, str_index);
BUILTIN_FN(str_isalnum_obj, isalnum, 1, 1, str_isalnum);
BUILTIN_FN(str_isalpha_obj, isalpha, 1, 1, str_isalpha);
BUILTIN_FN(str_isascii_obj, isascii, 1, 1, str_isascii);
BUILTIN_FN(str_isdecimal_obj, isdecimal, 1, 1, str_isdecimal);
BUILTIN_FN(str_isdigit_obj, isdigit, 1, 1, str_isdigit);
BUILTIN_FN(str_isidentifier_obj, isidentifier, 1, 1, str_isidentifier);
BUILTIN_FN(str_islower_obj, islower, 1, 1, str_islower);
BUILTIN_FN(str_isnumeric_obj, isnumeric, 1, 1, str_isnumeric);
BUILTIN_FN(str_isprintable_obj, isprintable, 1, 1, str_isprintable);
BUILTIN_FN(str_isspace_obj, isspace, 1, 1, str_isspace);
BUILTIN_FN(str_istitle_obj, istitle, 1, 1, str_istitle);
BUILTIN_FN(str_isupper_obj, isupper, 1, 1, str_isupper);
BUILTIN_FN(str_join_obj, join, 2, 2, str_join);
BUILTIN_FN(str_ljust_obj, ljust, 2, 3, str_ljust);
BUILTIN_FN(str_lower_obj, lower, 1, 1, str_lower);
BUILTIN_FN(str_lstrip_obj, lstrip, 1, 2, str_lstrip);
static BUILTIN_FN(str_maketrans_fn, maketrans, 1, 3, str_maketrans);
const WrapperObj str_maketrans_obj = {{&staticmethod_type}, OBJ_VAL(&str_maketrans_fn)};
BUILTIN_FN(str_partition_obj, partition, 2, 2, str_partition);
BUILTIN_FN(str_removeprefix_obj, removeprefix, 2, 2, str_removeprefix);
BUILTIN_FN(str_removesuffix_obj, removesuffix, 2, 2, str_removesuffix);
BUILTIN_FN(str_replace_obj, replace, 3, 4, str_replace);
BUILTIN_FN(str_rfind_obj, rfind, 2, 4, str_rfind);
BUILTIN_FN(str_rindex_obj, rindex, 2, 4, str_rindex);
BUILTIN_FN(str_rjust_obj, rjust, 2, 3, str_rjust);
BUILTIN_FN(str_rpartition_obj, rpartition, 2, 2, str_rpartition);
BUILTIN_FN_KW(str_rsplit_obj, rsplit, 1, 3, str_rsplit);
BUILTIN_FN(str_rstrip_obj, rstrip, 1, 2, str_rstrip);
BUILTIN_FN_KW(str_split_obj, split, 1, 3, str_split);
BUILTIN_FN_KW(str_splitlines_obj, splitlines, 1, 2, str_splitlines);
BUILTIN_FN(str_startswith_obj, startswith, 2, 4, str_startswith);
BUILTIN_FN(str_strip_obj, strip, 1, 2, str_strip);
BUILTIN_FN(str_swapcase_obj, swapcase, 1, 1, str_swapcase);
BUILTIN_FN(str_title_obj, title, 1, 1, str_title);
BUILTIN_FN(str_translate_obj, translate, 2, 2, str_translate);
BUILTIN_FN(str_upper_obj, upper, 1, 1, str_upper);
BUILTIN_FN(str_zfill_obj, zfill, 2, 2, str_zfill);
