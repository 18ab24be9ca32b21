// The json module: dumps/dump (CPython's encoder: indent, separators,
// sort_keys, skipkeys, ensure_ascii, allow_nan, check_circular, default,
// cls) and loads/load (CPython's scanner: the same accepted syntax, hooks
// and JSONDecodeError messages and positions), written in C over the UTF-8
// text of strs. JSONDecodeError, JSONEncoder and JSONDecoder are small
// Python classes run at import on top of them (lib/_module_halves/json.py,
// frozen).
// Nesting deeper than JSON_MAX_DEPTH raises RecursionError, as CPython does
// at its recursion limit, so hostile input cannot overflow the C stack.
#include <math.h>
#include <string.h>
#include "obj.h"
#include "mods.h"
#include "module_table.h"
#include "obj_float.h"
#include "print.h"
#include "vm.h"
#include "vm_raise.h"

#if UINTPTR_MAX > 0xFFFFFFFFu
#define JSON_MAX_DEPTH 1000
#else
#define JSON_MAX_DEPTH 200
#endif

// --- encoder ------------------------------------------------------------------------

typedef struct {
    Vstr out;
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    Value indent;        // str, or VAL_NULL for no indentation
    Value item_sep, key_sep;
    Value default_fn;    // VAL_NULL: none
    Value markers;       // list of containers being encoded (circular check)
    int depth;
} Enc;

static const char hexd[] = "0123456789abcdef";

static void enc_u16(Vstr *v, uint32_t u) {
    char b[6] = {'\\', 'u', hexd[(u >> 12) & 15], hexd[(u >> 8) & 15], hexd[(u >> 4) & 15],
                 hexd[u & 15]};
    vstr_add_bytes(v, b, 6);
}

// Decodes one UTF-8 sequence at s (valid UTF-8, possibly with encoded
// surrogates); returns its length.
static size_t utf8_decode(const uint8_t *s, uint32_t *cp) {
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (s[0] < 0xE0) {
        *cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    if (s[0] < 0xF0) {
        *cp = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        return 3;
    }
    *cp = (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
          (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
    return 4;
}

static void enc_string(Vstr *v, Value str, bool ensure_ascii) {
    const uint8_t *s = (const uint8_t *)str_cstr(str);
    size_t n = str_len_bytes(str);
    vstr_add_byte(v, '"');
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        if (c >= 0x80) {
            if (!ensure_ascii) {
                size_t start = i++;
                while (i < n && (s[i] & 0xC0) == 0x80) {
                    i++;
                }
                vstr_add_bytes(v, (const char *)s + start, i - start);
                continue;
            }
            uint32_t cp;
            i += utf8_decode(s + i, &cp);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                enc_u16(v, 0xD800 | (cp >> 10));
                enc_u16(v, 0xDC00 | (cp & 0x3FF));
            } else {
                enc_u16(v, cp);
            }
            continue;
        }
        i++;
        switch (c) {
            case '"': vstr_add_cstr(v, "\\\""); break;
            case '\\': vstr_add_cstr(v, "\\\\"); break;
            case '\n': vstr_add_cstr(v, "\\n"); break;
            case '\r': vstr_add_cstr(v, "\\r"); break;
            case '\t': vstr_add_cstr(v, "\\t"); break;
            case '\b': vstr_add_cstr(v, "\\b"); break;
            case '\f': vstr_add_cstr(v, "\\f"); break;
            default:
                if (c < 0x20 || (c == 0x7F && ensure_ascii)) {
                    enc_u16(v, c);
                } else {
                    vstr_add_byte(v, (char)c);
                }
                break;
        }
    }
    vstr_add_byte(v, '"');
}

static Value float_text(Enc *e, double d) {
    if (isfinite(d)) {
        return float_repr_value(d);
    }
    if (!e->allow_nan) {
        vm_raise(&exc_ValueError_type, "Out of range float values are not JSON compliant");
    }
    return str_new_cstr(isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
}

static void enc_value(Enc *e, Value v, size_t level);

static void marker_push(Enc *e, Value o) {
    if (!e->check_circular) {
        return;
    }
    ListObj *m = val_list(e->markers);
    for (size_t i = 0; i < m->len; i++) {
        if (m->items[i] == o) {
            vm_raise(&exc_ValueError_type, "Circular reference detected");
        }
    }
    list_append(e->markers, o);
}

static void marker_pop(Enc *e) {
    if (e->check_circular) {
        val_list(e->markers)->len--;
    }
}

static void enter(Enc *e) {
    static const char message[] = "maximum recursion depth exceeded while encoding a JSON object";
    if (++e->depth > JSON_MAX_DEPTH) {
        vm_raise(&exc_RecursionError_type, message);
    }
    vm_check_c_stack_msg(message);   // a board's C stack may end before the depth limit
}

// The newline and indentation before an item at `level`, or nothing.
static void newline_indent(Enc *e, size_t level) {
    if (e->indent == VAL_NULL) {
        return;
    }
    vstr_add_byte(&e->out, '\n');
    for (size_t i = 0; i < level; i++) {
        vstr_add_value_str(&e->out, e->indent);
    }
}

static void enc_list(Enc *e, Value o, size_t n, const Value *items_in, size_t level) {
    if (n == 0) {
        vstr_add_cstr(&e->out, "[]");
        return;
    }
    enter(e);
    marker_push(e, o);
    vstr_add_byte(&e->out, '[');
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            vstr_add_value_str(&e->out, e->item_sep);
        }
        newline_indent(e, level + 1);
        // Re-read the array each time: the list may change while encoding.
        size_t len;
        Value *items;
        if (obj_get_array(o, &len, &items) && i < len) {
            enc_value(e, items[i], level + 1);
        } else {
            enc_value(e, items_in[i], level + 1);
        }
    }
    newline_indent(e, level);
    vstr_add_byte(&e->out, ']');
    marker_pop(e);
    e->depth--;
}

// The JSON text of a dict key, or VAL_NULL to skip it.
static Value key_text(Enc *e, Value k) {
    if (obj_isinstance(k, &str_type)) {
        return obj_native(k);
    }
    if (obj_isinstance(k, &float_type)) {
        return float_text(e, float_value(obj_native(k)));
    }
    if (k == VAL_TRUE) {
        return str_new_cstr("true");
    }
    if (k == VAL_FALSE) {
        return str_new_cstr("false");
    }
    if (k == VAL_NONE) {
        return str_new_cstr("null");
    }
    if (obj_isinstance(k, &int_type)) {
        return obj_repr(int_coerce(k));
    }
    if (e->skipkeys) {
        return VAL_NULL;
    }
    vm_raise(&exc_TypeError_type, "keys must be str, int, float, bool or None, not %s",
             type_name_cstr(type_of(k)));
}

static void enc_dict(Enc *e, Value o, Value d, size_t level) {
    if (dict_len(d) == 0) {
        vstr_add_cstr(&e->out, "{}");
        return;
    }
    enter(e);
    marker_push(e, o);
    // A snapshot of the items: keys and values as a list of pairs.
    Value items = list_new_empty();
    Value k, v;
    for (size_t pos = 0; dict_next(d, &pos, &k, &v);) {
        Value pair[2] = {k, v};
        list_append(items, tuple_new(2, pair));
    }
    if (e->sort_keys) {
        list_sort(items, VAL_NULL, false);
    }
    vstr_add_byte(&e->out, '{');
    bool first = true;
    ListObj *l = val_list(items);
    for (size_t i = 0; i < l->len; i++) {
        TupleObj *pair = val_tuple(l->items[i]);
        Value kt = key_text(e, pair->items[0]);
        if (kt == VAL_NULL) {
            continue;
        }
        if (!first) {
            vstr_add_value_str(&e->out, e->item_sep);
        }
        first = false;
        newline_indent(e, level + 1);
        enc_string(&e->out, kt, e->ensure_ascii);
        vstr_add_value_str(&e->out, e->key_sep);
        enc_value(e, pair->items[1], level + 1);
    }
    newline_indent(e, level);
    vstr_add_byte(&e->out, '}');
    marker_pop(e);
    e->depth--;
}

static void enc_value(Enc *e, Value v, size_t level) {
    if (v == VAL_NONE) {
        vstr_add_cstr(&e->out, "null");
        return;
    }
    if (v == VAL_TRUE || v == VAL_FALSE) {
        vstr_add_cstr(&e->out, v == VAL_TRUE ? "true" : "false");
        return;
    }
    if (val_is_small_int(v)) {
        vstr_printf(&e->out, "%ld", (long)val_small_int(v));
        return;
    }
    Value n = obj_native(v);
    const Type *t = type_of(n);
    if (t == &str_type) {
        enc_string(&e->out, n, e->ensure_ascii);
    } else if (t == &int_type) {
        vstr_add_value_str(&e->out, obj_repr(int_coerce(n)));
    } else if (t == &float_type) {
        vstr_add_value_str(&e->out, float_text(e, float_value(n)));
    } else if (t == &list_type || t == &tuple_type) {
        size_t len;
        Value *items;
        obj_get_array(n, &len, &items);
        // Copy: the list may be mutated by default() while it is encoded.
        Value copy = tuple_new(len, items);
        enc_list(e, n, len, val_tuple(copy)->items, level);
    } else if (t == &dict_type) {
        enc_dict(e, v, n, level);
    } else {
        if (e->default_fn == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "Object of type %s is not JSON serializable",
                     type_name_cstr(type_of(v)));
        }
        enter(e);
        marker_push(e, v);
        Value r = obj_call1(e->default_fn, v);
        enc_value(e, r, level);
        marker_pop(e);
        e->depth--;
    }
}

enum {
    DA_OBJ, DA_SKIPKEYS, DA_ENSURE_ASCII, DA_CHECK_CIRCULAR, DA_ALLOW_NAN, DA_CLS, DA_INDENT,
    DA_SEPARATORS, DA_DEFAULT, DA_SORT_KEYS, DA_COUNT
};

static const ArgSpec dumps_spec[DA_COUNT] = {
    {NAME(obj), true, false, VAL_NULL},
    {NAME(skipkeys), false, true, VAL_FALSE},
    {NAME(ensure_ascii), false, true, VAL_TRUE},
    {NAME(check_circular), false, true, VAL_TRUE},
    {NAME(allow_nan), false, true, VAL_TRUE},
    {NAME(cls), false, true, VAL_NONE},
    {NAME(indent), false, true, VAL_NONE},
    {NAME(separators), false, true, VAL_NONE},
    {NAME(default), false, true, VAL_NONE},
    {NAME(sort_keys), false, true, VAL_FALSE},
};

// cls(**options).encode(obj) for dumps(cls=...).
static Value dumps_with_class(const Value *a) {
    Value names[DA_COUNT - 2], vals[DA_COUNT - 2];
    size_t k = 0;
    for (size_t i = DA_SKIPKEYS; i < DA_COUNT; i++) {
        if (i != DA_CLS) {
            names[k] = dumps_spec[i].name;
            vals[k++] = a[i];
        }
    }
    Value encoder = obj_call(a[DA_CLS], 0, vals, tuple_new(k, names));
    return obj_call_method1(encoder, NAME(encode), a[DA_OBJ]);
}

static Value dumps_impl(const Value *a) {
    if (a[DA_CLS] != VAL_NONE) {
        return dumps_with_class(a);
    }
    Enc e;
    vstr_init(&e.out, 64);
    e.skipkeys = obj_truthy(a[DA_SKIPKEYS]);
    e.ensure_ascii = obj_truthy(a[DA_ENSURE_ASCII]);
    e.check_circular = obj_truthy(a[DA_CHECK_CIRCULAR]);
    e.allow_nan = obj_truthy(a[DA_ALLOW_NAN]);
    e.sort_keys = obj_truthy(a[DA_SORT_KEYS]);
    e.default_fn = a[DA_DEFAULT] == VAL_NONE ? VAL_NULL : a[DA_DEFAULT];
    e.markers = list_new_empty();
    e.depth = 0;
    Value indent = a[DA_INDENT];
    if (indent == VAL_NONE) {
        e.indent = VAL_NULL;
    } else if (obj_isinstance(indent, &str_type)) {
        e.indent = obj_native(indent);
    } else {
        // ' ' * indent, as CPython does for an int
        intptr_t n = int_as_intptr(mods_to_int(indent));
        Vstr sp;
        vstr_init(&sp, n > 0 ? (size_t)n : 1);
        for (intptr_t i = 0; i < n; i++) {
            vstr_add_byte(&sp, ' ');
        }
        e.indent = vstr_to_str(&sp);
    }
    if (a[DA_SEPARATORS] != VAL_NONE) {
        Value seps = tuple_from_iter(a[DA_SEPARATORS]);
        if (val_tuple(seps)->len != 2) {
            vm_raise(&exc_ValueError_type, "too many values to unpack (expected 2)");
        }
        e.item_sep = val_tuple(seps)->items[0];
        e.key_sep = val_tuple(seps)->items[1];
        if (!obj_isinstance(e.item_sep, &str_type) || !obj_isinstance(e.key_sep, &str_type)) {
            vm_raise(&exc_TypeError_type, "make_encoder() argument 6 must be str, not %s",
                     type_name_cstr(type_of(obj_isinstance(e.item_sep, &str_type) ? e.key_sep
                                                                                  : e.item_sep)));
        }
        e.item_sep = obj_native(e.item_sep);
        e.key_sep = obj_native(e.key_sep);
    } else {
        e.item_sep = str_new_cstr(e.indent == VAL_NULL ? ", " : ",");
        e.key_sep = str_new_cstr(": ");
    }
    enc_value(&e, a[DA_OBJ], 0);
    return vstr_to_str(&e.out);
}

static Value json_dumps(size_t nargs, const Value *args, Value kwnames) {
    Value a[DA_COUNT];
    args_parse("dumps", nargs, args, kwnames, DA_COUNT, dumps_spec, a);
    return dumps_impl(a);
}

// dump(obj, fp, **options): the options of dumps, with fp second.
static Value json_dump(size_t nargs, const Value *args, Value kwnames) {
    ArgSpec spec[DA_COUNT + 1];
    spec[0] = dumps_spec[0];
    spec[1] = (ArgSpec){NAME(fp), true, false, VAL_NULL};
    for (size_t i = 1; i < DA_COUNT; i++) {
        spec[i + 1] = dumps_spec[i];
    }
    Value b[DA_COUNT + 1];
    args_parse("dump", nargs, args, kwnames, DA_COUNT + 1, spec, b);
    Value a[DA_COUNT];
    a[0] = b[0];
    for (size_t i = 1; i < DA_COUNT; i++) {
        a[i] = b[i + 1];
    }
    obj_call_method1(b[1], NAME(write), dumps_impl(a));
    return VAL_NONE;
}

// --- decoder ----------------------------------------------------------------------------

typedef struct {
    const uint8_t *s;
    size_t len;
    Value doc;
    Value object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    bool strict;
    int depth;
} Dec;

// Character index of byte offset `pos` (JSONDecodeError positions count
// code points).
static size_t char_index(Dec *d, size_t pos) {
    size_t n = 0;
    for (size_t i = 0; i < pos && i < d->len; i++) {
        n += (d->s[i] & 0xC0) != 0x80;
    }
    return n + (pos > d->len ? pos - d->len : 0);
}

_Noreturn static void dec_error(Dec *d, const char *msg, size_t pos) {
    Value a[3] = {str_new_cstr(msg), d->doc, val_from_small_int((intptr_t)char_index(d, pos))};
    vm_raise_obj(obj_call(mods_roots[MODS_JSON_DECODE_ERROR], 3, a, VAL_NULL));
}

static bool is_ws(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static size_t skip_ws(Dec *d, size_t i) {
    while (i < d->len && is_ws(d->s[i])) {
        i++;
    }
    return i;
}

static int hex4(const uint8_t *p) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        uint8_t c = p[i];
        int x = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (x < 0) {
            return -1;
        }
        v = v << 4 | x;
    }
    return v;
}

// Scans a string whose opening quote is at begin; *end gets the index past
// the closing quote.
static Value dec_string(Dec *d, size_t begin, size_t *end) {
    const uint8_t *s = d->s;
    size_t n = d->len, i = begin + 1;
    Vstr v;
    vstr_init(&v, 16);
    for (;;) {
        size_t chunk = i;
        while (i < n && s[i] != '"' && s[i] != '\\') {
            if (s[i] <= 0x1F && d->strict) {
                dec_error(d, "Invalid control character at", i);
            }
            i++;
        }
        if (i >= n) {
            dec_error(d, "Unterminated string starting at", begin);
        }
        vstr_add_bytes(&v, (const char *)s + chunk, i - chunk);
        if (s[i] == '"') {
            *end = i + 1;
            return vstr_to_str(&v);
        }
        i++;   // past the backslash
        if (i == n) {
            dec_error(d, "Unterminated string starting at", begin);
        }
        uint8_t c = s[i];
        if (c != 'u') {
            char out;
            switch (c) {
                case '"': out = '"'; break;
                case '\\': out = '\\'; break;
                case '/': out = '/'; break;
                case 'b': out = '\b'; break;
                case 'f': out = '\f'; break;
                case 'n': out = '\n'; break;
                case 'r': out = '\r'; break;
                case 't': out = '\t'; break;
                default: dec_error(d, "Invalid \\escape", i - 1);
            }
            vstr_add_byte(&v, out);
            i++;
            continue;
        }
        i++;   // past 'u'
        if (i + 4 >= n) {
            dec_error(d, "Invalid \\uXXXX escape", i - 1);
        }
        int cp = hex4(s + i);
        if (cp < 0) {
            dec_error(d, "Invalid \\uXXXX escape", i - 1);
        }
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < n && s[i] == '\\' && s[i + 1] == 'u') {
            int c2 = hex4(s + i + 2);
            if (c2 < 0) {
                dec_error(d, "Invalid \\uXXXX escape", i + 1);
            }
            if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (c2 - 0xDC00);
                i += 6;
            }
        }
        vstr_add_codepoint(&v, (uint32_t)cp);
    }
}

static Value dec_value(Dec *d, size_t i, size_t *end);

static void dec_enter(Dec *d, const char *what) {
    if (++d->depth > JSON_MAX_DEPTH) {
        vm_raise(&exc_RecursionError_type,
                 "maximum recursion depth exceeded while decoding a JSON %s from a unicode string",
                 what);
    }
    vm_check_c_stack();   // a board's C stack may end before the depth limit
}

static Value dec_object(Dec *d, size_t i, size_t *end) {
    dec_enter(d, "object");
    bool pairs = d->object_pairs_hook != VAL_NULL;
    Value result = pairs ? list_new_empty() : dict_new();
    i = skip_ws(d, i);
    if (i >= d->len || d->s[i] != '}') {
        for (;;) {
            if (i >= d->len || d->s[i] != '"') {
                dec_error(d, "Expecting property name enclosed in double quotes", i);
            }
            Value key = dec_string(d, i, &i);
            i = skip_ws(d, i);
            if (i >= d->len || d->s[i] != ':') {
                dec_error(d, "Expecting ':' delimiter", i);
            }
            i = skip_ws(d, i + 1);
            Value val = dec_value(d, i, &i);
            if (pairs) {
                Value pair[2] = {key, val};
                list_append(result, tuple_new(2, pair));
            } else {
                dict_set(result, key, val);
            }
            i = skip_ws(d, i);
            if (i < d->len && d->s[i] == '}') {
                break;
            }
            if (i >= d->len || d->s[i] != ',') {
                dec_error(d, "Expecting ',' delimiter", i);
            }
            i = skip_ws(d, i + 1);
        }
    }
    *end = i + 1;
    d->depth--;
    if (pairs) {
        return obj_call1(d->object_pairs_hook, result);
    }
    if (d->object_hook != VAL_NULL) {
        return obj_call1(d->object_hook, result);
    }
    return result;
}

static Value dec_array(Dec *d, size_t i, size_t *end) {
    dec_enter(d, "array");
    Value result = list_new_empty();
    i = skip_ws(d, i);
    if (i >= d->len || d->s[i] != ']') {
        for (;;) {
            list_append(result, dec_value(d, i, &i));
            i = skip_ws(d, i);
            if (i < d->len && d->s[i] == ']') {
                break;
            }
            if (i >= d->len || d->s[i] != ',') {
                dec_error(d, "Expecting ',' delimiter", i);
            }
            i = skip_ws(d, i + 1);
        }
    }
    *end = i + 1;
    d->depth--;
    return result;
}

static bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

static Value dec_number(Dec *d, size_t start, size_t *end) {
    const uint8_t *s = d->s;
    size_t n = d->len, i = start;
    if (s[i] == '-') {
        i++;
        if (i >= n) {
            dec_error(d, "Expecting value", start);
        }
    }
    if (s[i] >= '1' && s[i] <= '9') {
        i++;
        while (i < n && is_digit(s[i])) {
            i++;
        }
    } else if (s[i] == '0') {
        i++;
    } else {
        dec_error(d, "Expecting value", start);
    }
    bool is_float = false;
    if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
        is_float = true;
        i += 2;
        while (i < n && is_digit(s[i])) {
            i++;
        }
    }
    if (i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t e_start = i++;
        if (i + 1 < n && (s[i] == '-' || s[i] == '+')) {
            i++;
        }
        while (i < n && is_digit(s[i])) {
            i++;
        }
        if (is_digit(s[i - 1])) {
            is_float = true;
        } else {
            i = e_start;
        }
    }
    *end = i;
    const char *text = (const char *)s + start;
    size_t len = i - start;
    if (is_float) {
        if (d->parse_float != VAL_NULL) {
            return obj_call1(d->parse_float, str_new(text, len));
        }
        return float_from_str(text, len);
    }
    if (d->parse_int != VAL_NULL) {
        return obj_call1(d->parse_int, str_new(text, len));
    }
    return int_from_str(text, len, 10);
}

static bool match_word(Dec *d, size_t i, const char *w) {
    size_t n = strlen(w);
    return i + n <= d->len && memcmp(d->s + i, w, n) == 0;
}

static Value dec_constant(Dec *d, const char *name, double value) {
    if (d->parse_constant != VAL_NULL) {
        return obj_call1(d->parse_constant, str_new_cstr(name));
    }
    return float_new(value);
}

static Value dec_value(Dec *d, size_t i, size_t *end) {
    if (i >= d->len) {
        dec_error(d, "Expecting value", i);
    }
    switch (d->s[i]) {
        case '"': return dec_string(d, i, end);
        case '{': return dec_object(d, i + 1, end);
        case '[': return dec_array(d, i + 1, end);
        case 'n':
            if (match_word(d, i, "null")) {
                *end = i + 4;
                return VAL_NONE;
            }
            break;
        case 't':
            if (match_word(d, i, "true")) {
                *end = i + 4;
                return VAL_TRUE;
            }
            break;
        case 'f':
            if (match_word(d, i, "false")) {
                *end = i + 5;
                return VAL_FALSE;
            }
            break;
        case 'N':
            if (match_word(d, i, "NaN")) {
                *end = i + 3;
                return dec_constant(d, "NaN", NAN);
            }
            break;
        case 'I':
            if (match_word(d, i, "Infinity")) {
                *end = i + 8;
                return dec_constant(d, "Infinity", INFINITY);
            }
            break;
        case '-':
            if (match_word(d, i, "-Infinity")) {
                *end = i + 9;
                return dec_constant(d, "-Infinity", -INFINITY);
            }
            break;
        default: break;
    }
    return dec_number(d, i, end);
}

enum {
    LA_S, LA_CLS, LA_OBJECT_HOOK, LA_PARSE_FLOAT, LA_PARSE_INT, LA_PARSE_CONSTANT,
    LA_OBJECT_PAIRS_HOOK, LA_STRICT, LA_COUNT
};

static const ArgSpec loads_spec[LA_COUNT] = {
    {NAME(s), true, false, VAL_NULL},
    {NAME(cls), false, true, VAL_NONE},
    {NAME(object_hook), false, true, VAL_NONE},
    {NAME(parse_float), false, true, VAL_NONE},
    {NAME(parse_int), false, true, VAL_NONE},
    {NAME(parse_constant), false, true, VAL_NONE},
    {NAME(object_pairs_hook), false, true, VAL_NONE},
    {NAME(strict), false, true, VAL_TRUE},
};

static Value opt_fn(Value v) { return v == VAL_NONE ? VAL_NULL : v; }

static Value loads_impl(const Value *a) {
    Value s = a[LA_S];
    if (obj_isinstance(s, &str_type)) {
        s = obj_native(s);
    } else if (obj_isinstance(s, &bytes_type) || obj_isinstance(s, &bytearray_type)) {
        const uint8_t *data;
        size_t n;
        obj_get_buffer(obj_native(s), &data, &n);
        if (n >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
            data += 3;   // bytes are decoded as utf-8-sig
            n -= 3;
        }
        s = str_from_utf8((const char *)data, n);
    } else {
        vm_raise(&exc_TypeError_type, "the JSON object must be str, bytes or bytearray, not %s",
                 type_name_cstr(type_of(s)));
    }
    if (a[LA_CLS] != VAL_NONE) {
        Value names[LA_COUNT - 2], vals[LA_COUNT - 2];
        size_t k = 0;
        for (size_t i = LA_OBJECT_HOOK; i < LA_COUNT; i++) {
            names[k] = loads_spec[i].name;
            vals[k++] = a[i];
        }
        Value decoder = obj_call(a[LA_CLS], 0, vals, tuple_new(k, names));
        return obj_call_method1(decoder, NAME(decode), s);
    }
    Dec d;
    d.s = (const uint8_t *)str_cstr(s);
    d.len = str_len_bytes(s);
    d.doc = s;
    d.object_hook = opt_fn(a[LA_OBJECT_HOOK]);
    d.parse_float = opt_fn(a[LA_PARSE_FLOAT]);
    d.parse_int = opt_fn(a[LA_PARSE_INT]);
    d.parse_constant = opt_fn(a[LA_PARSE_CONSTANT]);
    d.object_pairs_hook = opt_fn(a[LA_OBJECT_PAIRS_HOOK]);
    d.strict = obj_truthy(a[LA_STRICT]);
    d.depth = 0;
    if (d.len >= 3 && d.s[0] == 0xEF && d.s[1] == 0xBB && d.s[2] == 0xBF) {
        dec_error(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    }
    size_t end;
    Value v = dec_value(&d, skip_ws(&d, 0), &end);
    end = skip_ws(&d, end);
    if (end != d.len) {
        dec_error(&d, "Extra data", end);
    }
    return v;
}

static Value json_loads(size_t nargs, const Value *args, Value kwnames) {
    Value a[LA_COUNT];
    args_parse("loads", nargs, args, kwnames, LA_COUNT, loads_spec, a);
    return loads_impl(a);
}

static Value json_load(size_t nargs, const Value *args, Value kwnames) {
    Value a[LA_COUNT];
    args_parse("load", nargs, args, kwnames, LA_COUNT, loads_spec, a);
    a[LA_S] = obj_call_method0(a[LA_S], NAME(read));
    return loads_impl(a);
}

static BUILTIN_FN_KW(json_dump_obj, dump, 0, FN_UNLIMITED, json_dump);
static BUILTIN_FN_KW(json_dumps_obj, dumps, 0, FN_UNLIMITED, json_dumps);
static BUILTIN_FN_KW(json_load_obj, load, 0, FN_UNLIMITED, json_load);
static BUILTIN_FN_KW(json_loads_obj, loads, 0, FN_UNLIMITED, json_loads);

static void json_module_init(Value module) {
    mods_ensure_roots();
    Value g = mods_globals(module);
    // The classes call dumps/loads through their globals: the module's dict.
    dict_set(g, NAME(dumps), OBJ_VAL(&json_dumps_obj));
    dict_set(g, NAME(loads), OBJ_VAL(&json_loads_obj));
    mods_exec_frozen(g, "_module_halves.json");
    mods_roots[MODS_JSON_DECODE_ERROR] = dict_get(g, NAME(JSONDecodeError));
}

static const AttrEntry json_globals[] = {
    {NAME(__name__), NAME(json)},
    {NAME(dump), OBJ_VAL(&json_dump_obj)},
    {NAME(dumps), OBJ_VAL(&json_dumps_obj)},
    {NAME(load), OBJ_VAL(&json_load_obj)},
    {NAME(loads), OBJ_VAL(&json_loads_obj)},
};

const ModuleDef module_json = {
    .name = NAME(json),
    .globals = json_globals,
    .nglobals = sizeof(json_globals) / sizeof(json_globals[0]),
    .init = json_module_init,
};
