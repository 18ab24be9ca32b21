// str.format / str.format_map (the replacement-field language) and
// printf-style `%` formatting for str, bytes and bytearray. The parsers
// follow CPython 3.11's unicode_format.h and unicodeobject.c step by step
// (including the order in which errors are detected); values are rendered
// by obj_format (their __format__) and numbers by format.h's
// format_percent_number. All syntax characters are ASCII, so the parsers
// work on the UTF-8 bytes directly.
#include <string.h>
#include "obj_str.h"
#include "format.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

// --- str.format -------------------------------------------------------------------

typedef struct {
    const Value *args;      // positional arguments (NULL for format_map)
    size_t nargs;
    Value kwnames;          // format(): tuple of keyword names, or VAL_NULL
    const Value *kwvals;
    Value mapping;          // format_map(): the mapping, else VAL_NULL
    int auto_state;         // 0 not yet known, 1 automatic, 2 manual numbering
    size_t auto_next;
} FmtCtx;

typedef struct {
    const char *p;
    size_t len;
} Span;

static _Noreturn void fmt_error(const char *msg) { vm_raise(&exc_ValueError_type, "%s", msg); }

// The integer value of an all-decimal-digit span, or -1.
static intptr_t span_integer(Span s) {
    if (s.len == 0) {
        return -1;
    }
    intptr_t acc = 0;
    const uint8_t *p = (const uint8_t *)s.p, *end = p + s.len;
    while (p < end) {
        size_t n;
        int d = utf8_decimal_value(utf8_get(p, &n));
        if (d < 0) {
            return -1;
        }
        if (acc > (INTPTR_MAX - d) / 10) {
            fmt_error("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        p += n;
    }
    return acc;
}

static Value span_str(Span s) { return str_new(s.p, s.len); }

static _Noreturn void raise_key_error(Value key) {
    vm_raise_obj(exc_new(&exc_KeyError_type, 1, &key));
}

static Value lookup_keyword(FmtCtx *c, Span name) {
    if (c->mapping != VAL_NULL) {
        return obj_getitem(c->mapping, span_str(name));
    }
    if (c->kwnames != VAL_NULL) {
        TupleObj *kw = val_tuple(c->kwnames);
        for (size_t i = 0; i < kw->len; i++) {
            StrObj *k = val_str(kw->items[i]);
            if (k->len == name.len && memcmp(k->data, name.p, name.len) == 0) {
                return c->kwvals[i];
            }
        }
    }
    raise_key_error(span_str(name));
}

// Applies the .name and [key] parts of a field name, from field.p[i] on.
static Value field_rest(Value obj, Span field, size_t i) {
    while (i < field.len) {
        char kind = field.p[i++];
        size_t start = i;
        if (kind == '.') {
            while (i < field.len && field.p[i] != '.' && field.p[i] != '[') {
                i++;
            }
        } else if (kind == '[') {
            while (i < field.len && field.p[i] != ']') {
                i++;
            }
            if (i >= field.len) {
                fmt_error("Missing ']' in format string");
            }
        } else {
            fmt_error("Only '.' or '[' may follow ']' in format field specifier");
        }
        Span part = {field.p + start, i - start};
        if (kind == '[') {
            i++;   // the ']'
        }
        if (part.len == 0) {
            fmt_error("Empty attribute in format string");
        }
        if (kind == '.') {
            obj = obj_getattr(obj, str_intern(part.p, part.len));
        } else {
            intptr_t k = span_integer(part);
            obj = obj_getitem(obj, k >= 0 ? val_from_small_int(k) : span_str(part));
        }
    }
    return obj;
}

// The object a field name designates: arg_name then .attr / [key] parts.
static Value field_object(FmtCtx *c, Span field) {
    size_t i = 0;
    while (i < field.len && field.p[i] != '.' && field.p[i] != '[') {
        i++;
    }
    Span first = {field.p, i};
    intptr_t index = span_integer(first);
    bool empty = first.len == 0;
    if (empty || index >= 0) {
        if (c->auto_state == 0) {
            c->auto_state = empty ? 1 : 2;
        }
        if (c->auto_state == 2 && empty) {
            fmt_error("cannot switch from manual field specification to automatic field numbering");
        }
        if (c->auto_state == 1 && !empty) {
            fmt_error("cannot switch from automatic field numbering to manual field specification");
        }
        if (empty) {
            index = (intptr_t)c->auto_next++;
        }
    }
    Value obj;
    if (index < 0) {
        obj = lookup_keyword(c, first);
    } else {
        if (c->args == NULL) {
            fmt_error("Format string contains positional fields");
        }
        if ((size_t)index >= c->nargs) {
            vm_raise(&exc_IndexError_type,
                     "Replacement index %zd out of range for positional args tuple", index);
        }
        obj = c->args[index];
    }
    return field_rest(obj, field, i);
}

static void build(Vstr *out, FmtCtx *c, const char *s, size_t len, int depth);

// A parsed replacement field: {name!conversion:spec}.
typedef struct {
    Span name;
    uint32_t conversion;    // 0 when absent
    Span spec;
    bool expand;            // the spec holds nested fields
} Field;

// Parses the field starting at s[*pos] (just past its '{') as CPython's
// parse_field does, leaving *pos just past the closing '}'.
static void parse_field(const char *s, size_t len, size_t *pos, Field *f) {
    size_t i = *pos;
    char ch = 0;
    size_t name_start = i;
    while (i < len) {
        ch = s[i++];
        if (ch == '{') {
            fmt_error("unexpected '{' in field name");
        }
        if (ch == '[') {
            while (i < len && s[i] != ']') {
                i++;
            }
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') {
            break;
        }
    }
    f->conversion = 0;
    f->spec = (Span){s, 0};
    f->expand = false;
    if (ch == '!' || ch == ':') {
        f->name = (Span){s + name_start, i - 1 - name_start};
        bool done = false;
        if (ch == '!') {
            if (i >= len) {
                fmt_error("end of string while looking for conversion specifier");
            }
            size_t n;
            f->conversion = utf8_get((const uint8_t *)s + i, &n);
            i += n;
            if (i < len) {
                char c2 = s[i++];
                if (c2 == '}') {
                    done = true;
                } else if (c2 != ':') {
                    fmt_error("expected ':' after conversion specifier");
                }
            }
        }
        if (!done) {
            size_t spec_start = i;
            int count = 1;
            while (i < len) {
                char c3 = s[i++];
                if (c3 == '{') {
                    f->expand = true;
                    count++;
                } else if (c3 == '}' && --count == 0) {
                    break;
                }
            }
            if (count != 0) {
                fmt_error("unmatched '{' in format spec");
            }
            f->spec = (Span){s + spec_start, i - 1 - spec_start};
        }
    } else if (ch != '}') {
        fmt_error("expected '}' before end of string");
    } else {
        f->name = (Span){s + name_start, i - 1 - name_start};
    }
    *pos = i;
}

// Renders one replacement field; *pos is just past its '{' and is left
// just past its closing '}'.
static void render_field(Vstr *out, FmtCtx *c, const char *s, size_t len, size_t *pos,
                         int depth) {
    Field f;
    parse_field(s, len, pos, &f);
    uint32_t conversion = f.conversion;
    Value obj = field_object(c, f.name);
    switch (conversion) {
        case 0:
            break;
        case 'r':
            obj = obj_repr(obj);
            break;
        case 's':
            obj = obj_str(obj);
            break;
        case 'a':
            obj = str_ascii(obj);
            break;
        default:
            if (conversion > 32 && conversion < 127) {
                vm_raise(&exc_ValueError_type, "Unknown conversion specifier %c", (int)conversion);
            }
            vm_raise(&exc_ValueError_type, "Unknown conversion specifier \\x%x",
                     (unsigned)conversion);
    }
    Value spec_str;
    if (f.expand) {
        Vstr sv = {NULL, 0, 0};
        build(&sv, c, f.spec.p, f.spec.len, depth - 1);
        spec_str = str_new(sv.buf != NULL ? sv.buf : "", sv.len);
    } else {
        spec_str = str_new(f.spec.p, f.spec.len);
    }
    Value r = obj_format(obj, spec_str);
    vstr_add_value_str(out, r);
}

static void build(Vstr *out, FmtCtx *c, const char *s, size_t len, int depth) {
    if (depth <= 0) {
        fmt_error("Max string recursion exceeded");
    }
    size_t i = 0;
    while (i < len) {
        size_t lit = i;
        char ch = 0;
        while (i < len) {
            ch = s[i++];
            if (ch == '{' || ch == '}') {
                break;
            }
            ch = 0;
        }
        bool at_end = i >= len;
        size_t litlen = i - lit;
        if (ch == '}' && (at_end || s[i] != '}')) {
            fmt_error("Single '}' encountered in format string");
        }
        if (ch == '{' && at_end) {
            fmt_error("Single '{' encountered in format string");
        }
        bool markup = ch != 0;
        if (markup) {
            if (s[i] == ch) {
                i++;            // doubled brace: literal, no field
                markup = false;
            } else {
                litlen--;
            }
        }
        vstr_add_bytes(out, s + lit, litlen);
        if (markup) {
            render_field(out, c, s, len, &i, depth);
        }
    }
}

static Value format_with(Value fmt, FmtCtx *c) {
    StrObj *f = str_get(fmt);
    Vstr out;
    vstr_init(&out, f->len + 16);
    build(&out, c, f->data, f->len, 2);
    return str_new(out.buf, out.len);
}

Value str_format_args(Value fmt, size_t nargs, const Value *args, Value kwnames) {
    FmtCtx c = {args, nargs, kwnames, args + nargs, VAL_NULL, 0, 0};
    return format_with(fmt, &c);
}

Value str_format_map(Value fmt, Value mapping) {
    FmtCtx c = {NULL, 0, VAL_NULL, NULL, mapping, 0, 0};
    return format_with(fmt, &c);
}

// --- printf-style % ---------------------------------------------------------------------

typedef struct {
    Value args;         // the right operand
    bool is_tuple;
    size_t arglen;
    size_t argidx;
    bool single_used;   // non-tuple operand consumed
    Value dict;         // the operand when it is a mapping, else VAL_NULL
    bool bytes;         // formatting bytes (b'...' % x)
} PctCtx;

static Value next_arg(PctCtx *c) {
    if (c->is_tuple) {
        if (c->argidx < c->arglen) {
            return val_tuple(c->args)->items[c->argidx++];
        }
    } else if (!c->single_used) {
        c->single_used = true;
        return c->args;
    }
    vm_raise(&exc_TypeError_type, "not enough arguments for format string");
}

// CPython's PyMapping_Check minus tuples and the format's own type.
static bool is_mapping(Value v, bool bytes) {
    if (is_type(v, &tuple_type) || (!bytes && str_get(v) != NULL) ||
        (bytes && is_type(v, &bytes_type))) {
        return false;
    }
    const Type *t = type_of(v);
    if (type_is_heap(t)) {
        return type_lookup(t, NAME(__getitem__)) != VAL_NULL;
    }
    return t->subscr != NULL;
}

// Appends `body` padded to `width` code points (spaces; left-aligned with '-').
static void add_padded(Vstr *out, const char *body, size_t len, size_t chars, intptr_t width,
                       bool left) {
    size_t padn = width > (intptr_t)chars ? (size_t)width - chars : 0;
    if (!left) {
        for (size_t i = 0; i < padn; i++) {
            vstr_add_byte(out, ' ');
        }
    }
    vstr_add_bytes(out, body, len);
    if (left) {
        for (size_t i = 0; i < padn; i++) {
            vstr_add_byte(out, ' ');
        }
    }
}

// The bytes of a %b/%s argument of bytes formatting.
static void bytes_arg(Value v, const uint8_t **data, size_t *len) {
    if (obj_get_buffer(v, data, len)) {
        return;
    }
    Value b = call_special_opt(v, NAME(__bytes__), 0, NULL);
    if (b != VAL_NULL) {
        if (!obj_get_buffer(b, data, len) || !obj_isinstance(b, &bytes_type)) {
            vm_raise(&exc_TypeError_type, "__bytes__ returned non-bytes (type %s)",
                     val_type_name(b));
        }
        return;
    }
    vm_raise(&exc_TypeError_type,
             "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
             val_type_name(v));
}

// CPython's PyNumber_Check: int, bool, float or a class with __index__,
// __int__ or __float__.
static bool is_number(Value v) {
    const Type *t = type_of(v);
    if (type_is_heap(t)) {
        return type_lookup(t, NAME(__index__)) != VAL_NULL ||
               type_lookup(t, NAME(__int__)) != VAL_NULL ||
               type_lookup(t, NAME(__float__)) != VAL_NULL;
    }
    double d;
    return int_coerce(v) != VAL_NULL || obj_to_double(v, &d);
}

// %c: one code point (str) or one byte (bytes), padded to width.
static void convert_char(Vstr *out, PctCtx *c, Value v, intptr_t width, bool left) {
    char buf[4];
    size_t n;
    if (c->bytes) {
        const uint8_t *d;
        size_t dl;
        if (obj_get_buffer(v, &d, &dl) && dl == 1 && !is_type(v, &str_type)) {
            buf[0] = (char)d[0];
        } else if (int_coerce(obj_native(v)) != VAL_NULL) {
            int64_t x;
            if (!int_to_i64(int_coerce(obj_native(v)), &x) || x < 0 || x > 255) {
                vm_raise(&exc_OverflowError_type, "%%c arg not in range(256)");
            }
            buf[0] = (char)x;
        } else {
            vm_raise(&exc_TypeError_type,
                     "%%c requires an integer in range(256) or a single byte");
        }
        add_padded(out, buf, 1, 1, width, left);
        return;
    }
    StrObj *so = str_get(v);
    if (so != NULL) {
        if (so->charlen != 1) {
            vm_raise(&exc_TypeError_type, "%%c requires int or char");
        }
        add_padded(out, so->data, so->len, 1, width, left);
        return;
    }
    Value iv = int_coerce(obj_native(v));
    if (iv == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "%%c requires int or char");
    }
    int64_t x;
    if (!int_to_i64(iv, &x) || x < 0 || x >= 0x110000) {
        vm_raise(&exc_OverflowError_type, "%%c arg not in range(0x110000)");
    }
    n = utf8_encode((uint32_t)x, buf);
    add_padded(out, buf, n, 1, width, left);
}

// One conversion; `conv` is the conversion character.
static void convert_one(Vstr *out, PctCtx *c, char conv, unsigned flags, intptr_t width,
                        intptr_t prec, Value v, const char *fmt, size_t conv_at, uint32_t conv_cp) {
    bool left = (flags & FMT_F_LEFT) != 0;
    switch (conv) {
        case 's':
        case 'r':
        case 'a':
        case 'b': {
            if (c->bytes && (conv == 's' || conv == 'b')) {
                const uint8_t *d;
                size_t n;
                bytes_arg(v, &d, &n);
                if (prec >= 0 && (size_t)prec < n) {
                    n = (size_t)prec;
                }
                add_padded(out, (const char *)d, n, n, width, left);
                return;
            }
            if (conv == 'b') {
                break;   // %b is bytes-only
            }
            Value s = conv == 's' ? obj_str(v) : (conv == 'r' && !c->bytes) ? obj_repr(v)
                                                                             : str_ascii(v);
            StrObj *so = str_get(s);
            size_t n = so->len, chars = so->charlen;
            if (prec >= 0 && (size_t)prec < chars) {
                n = utf8_offset(so->data, so->len, (size_t)prec);
                chars = (size_t)prec;
            }
            add_padded(out, so->data, n, chars, width, left);
            return;
        }
        case 'c':
            convert_char(out, c, v, width, left);
            return;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            if (c->bytes && strchr("eEfFgG", conv) != NULL && !is_number(v)) {
                vm_raise(&exc_TypeError_type, "float argument required, not %s",
                         val_type_name(v));
            }
            if ((conv == 'd' || conv == 'i' || conv == 'u') && val_is_small_int(v) &&
                flags == 0 && width < 0 && prec < 0) {
                // The common plain '%d' % small_int, without an intermediate str.
                char num[24];
                vstr_add_bytes(out, num, fmt_int(num, (int64_t)val_small_int(v)));
                return;
            }
            // bytes formatting reports %i as %d (CPython's message).
            char nconv = (c->bytes && conv == 'i') ? 'd' : conv;
            Value s = format_percent_number(v, nconv, flags, width, prec);
            vstr_add_value_str(out, s);
            return;
        }
        default:
            break;
    }
    int shown = (int)conv_cp;
    if (c->bytes) {
        if (conv_cp >= 0x80) {
            // CPython renders the byte with a signed %c and fails this way.
            vm_raise(&exc_OverflowError_type, "character argument not in range(0x110000)");
        }
    } else if (conv_cp < 31 || conv_cp > 126) {
        shown = '?';
    }
    // The index counts code points for str (only computed on this error path).
    size_t conv_index = c->bytes ? conv_at : utf8_count(fmt, conv_at);
    vm_raise(&exc_ValueError_type, "unsupported format character '%c' (0x%x) at index %zu", shown,
             (unsigned)conv_cp, conv_index);
}

// Reads a '*' width/precision argument.
static intptr_t star_arg(PctCtx *c) {
    Value v = next_arg(c);
    Value iv = int_coerce(obj_native(v));
    if (iv == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "* wants int");
    }
    int64_t x;
    if (!int_to_i64(iv, &x) || x > INTPTR_MAX || x < -INTPTR_MAX) {
        vm_raise(&exc_OverflowError_type, "Python int too large to convert to C ssize_t");
    }
    return (intptr_t)x;
}

static intptr_t read_number(const char *s, size_t len, size_t *i, const char *what) {
    intptr_t n = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        int d = s[*i] - '0';
        if (n > (INTPTR_MAX - d) / 10) {
            vm_raise(&exc_ValueError_type, "%s too big", what);
        }
        n = n * 10 + d;
        (*i)++;
    }
    return n;
}

// Reads a %(key) mapping key at s[*i] == '(' and makes its value the
// argument of this conversion (and of its '*'s, as CPython does).
static void read_key(PctCtx *c, const char *s, size_t len, size_t *i) {
    if (c->dict == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "format requires a mapping");
    }
    size_t kstart = ++*i;
    int depth = 1;
    while (*i < len) {
        if (s[*i] == ')' && --depth == 0) {
            break;
        }
        if (s[*i] == '(') {
            depth++;
        }
        (*i)++;
    }
    if (*i >= len) {
        vm_raise(&exc_ValueError_type, "incomplete format key");
    }
    Value key = c->bytes ? bytes_new((const uint8_t *)s + kstart, *i - kstart)
                         : str_new(s + kstart, *i - kstart);
    (*i)++;
    c->args = obj_getitem(c->dict, key);
    c->is_tuple = false;
    c->single_used = false;
}

static unsigned read_flags(const char *s, size_t len, size_t *i) {
    unsigned flags = 0;
    for (; *i < len; (*i)++) {
        switch (s[*i]) {
            case '-': flags |= FMT_F_LEFT; break;
            case '+': flags |= FMT_F_PLUS; break;
            case ' ': flags |= FMT_F_SPACE; break;
            case '#': flags |= FMT_F_ALT; break;
            case '0': flags |= FMT_F_ZERO; break;
            default: return flags;
        }
    }
    return flags;
}

// One %-specification after its '%' at s[*i]: key, flags, width,
// precision, conversion; formats the argument into out.
static void percent_spec(Vstr *out, PctCtx *c, const char *s, size_t len, size_t *i) {
    if (*i < len && s[*i] == '(') {
        read_key(c, s, len, i);
    }
    unsigned flags = read_flags(s, len, i);
    intptr_t width = -1, prec = -1;
    if (*i < len && s[*i] == '*') {
        width = star_arg(c);
        if (width < 0) {
            flags |= FMT_F_LEFT;
            width = -width;
        }
        (*i)++;
    } else if (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        width = read_number(s, len, i, "width");
    }
    if (*i < len && s[*i] == '.') {
        (*i)++;
        if (*i < len && s[*i] == '*') {
            prec = star_arg(c);
            if (prec < 0) {
                prec = 0;
            }
            (*i)++;
        } else {
            prec = read_number(s, len, i, "precision");
        }
    }
    if (*i >= len) {
        vm_raise(&exc_ValueError_type, "incomplete format");
    }
    size_t conv_at = *i, n = 1;
    uint32_t conv_cp = c->bytes ? (uint8_t)s[conv_at] : utf8_get((const uint8_t *)s + conv_at, &n);
    *i += n;
    Value v = next_arg(c);
    convert_one(out, c, conv_cp < 128 ? (char)conv_cp : 0, flags, width, prec, v, s, conv_at,
                conv_cp);
}

// Formats s[0..len) into out. Indexes in error messages count code points
// for str and bytes for bytes.
static void percent_format(Vstr *out, PctCtx *c, const char *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        const char *pct = memchr(s + i, '%', len - i);
        if (pct == NULL) {
            vstr_add_bytes(out, s + i, len - i);
            break;
        }
        vstr_add_bytes(out, s + i, (size_t)(pct - (s + i)));
        i = (size_t)(pct - s) + 1;
        if (i < len && s[i] == '%') {
            vstr_add_byte(out, '%');
            i++;
            continue;
        }
        percent_spec(out, c, s, len, &i);
    }
}

static void percent_setup(PctCtx *c, Value args, bool bytes) {
    c->args = args;
    c->is_tuple = is_type(args, &tuple_type);
    c->arglen = c->is_tuple ? val_tuple(args)->len : 0;
    c->argidx = 0;
    c->single_used = false;
    c->bytes = bytes;
    c->dict = is_mapping(args, bytes) ? args : VAL_NULL;
}

static void percent_check_done(PctCtx *c, const char *what) {
    bool unused = c->is_tuple ? c->argidx < c->arglen : !c->single_used;
    if (unused && c->dict == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "not all arguments converted during %s formatting", what);
    }
}

Value str_percent_format(Value fmt, Value args) {
    StrObj *f = str_get(fmt);
    PctCtx c;
    percent_setup(&c, args, false);
    Vstr out;
    vstr_init(&out, f->len + 16);
    percent_format(&out, &c, f->data, f->len);
    percent_check_done(&c, "string");
    Value r = str_new(out.buf, out.len);
    // The buffer is dead: give it back now rather than at the next collection.
    gc_free(out.buf);
    return r;
}

Value bytes_percent_format(Value fmt, Value args) {
    BytesObj *f = bytes_get(fmt);
    PctCtx c;
    percent_setup(&c, args, true);
    Vstr out;
    vstr_init(&out, f->len + 16);
    percent_format(&out, &c, (const char *)f->data, f->len);
    percent_check_done(&c, "bytes");
    if (bytes_is_bytearray(f)) {
        return bytearray_new((const uint8_t *)out.buf, out.len);
    }
    return bytes_new((const uint8_t *)out.buf, out.len);
}
