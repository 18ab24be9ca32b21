// Copper's format-spec mini-language: reading a spec such as "*^+#012,.3f"
// into a FormatSpec, laying out int, bool, float and str values by it, the
// numeric conversions of %-formatting, and the float-to-text layout shared
// with repr() and complex. Digit strings come from fpconv.c (floats) and
// int_text.c (ints); this file only decides where signs, prefixes,
// points, exponents, separators and padding go. Everything built here is
// ASCII except the fill character, which may be any code point.
#include <limits.h>
#include <math.h>
#include <string.h>
#include "format.h"
#include "fpconv.h"
#include "obj_float.h"
#include "obj_int.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

// ===========================================================================
// Float text
// ===========================================================================

// A decimal digit string with its point position: the value is
// 0.D1D2...Dn * 10**point. Positions past the stored digits read as '0'.
typedef struct {
    const char *d;
    int n;
    int point;
} Digits;

static char digit_at(const Digits *g, long k) {
    return (k >= 0 && k < g->n) ? g->d[k] : '0';
}

static void put_run(Vstr *out, const Digits *g, long from, long to) {
    for (long k = from; k < to; k++) {
        vstr_add_byte(out, digit_at(g, k));
    }
}

// Positional notation with `frac` digits after the point.
static void emit_positional(Vstr *out, const Digits *g, long frac, bool point) {
    if (g->point > 0) {
        put_run(out, g, 0, g->point);
    } else {
        vstr_add_byte(out, '0');
    }
    if (point || frac > 0) {
        vstr_add_byte(out, '.');
    }
    put_run(out, g, g->point, (long)g->point + frac);
}

// Scientific notation: one digit, `frac` more after the point, exponent
// of at least two digits.
static void emit_scientific(Vstr *out, const Digits *g, long frac, bool point, bool upper) {
    vstr_add_byte(out, digit_at(g, 0));
    if (point || frac > 0) {
        vstr_add_byte(out, '.');
    }
    put_run(out, g, 1, 1 + frac);
    long e = (long)g->point - 1;
    vstr_add_byte(out, upper ? 'E' : 'e');
    vstr_add_byte(out, e < 0 ? '-' : '+');
    unsigned long mag = (unsigned long)(e < 0 ? -e : e);
    if (mag < 10) {
        vstr_add_byte(out, '0');
    }
    char tmp[24];
    vstr_add_bytes(out, tmp, fmt_uint(tmp, mag, 10, false));
}

static bool all_zero(const Digits *g) {
    for (int k = 0; k < g->n; k++) {
        if (g->d[k] != '0') {
            return false;
        }
    }
    return true;
}

void format_double(Vstr *out, double d, char code, int prec, unsigned flags) {
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char kind = upper ? (char)(code + ('a' - 'A')) : code;
    if (kind != 'e' && kind != 'f' && kind != 'g') {
        kind = 'r';
    }
    bool alt = (flags & FMT_DTSF_ALT) != 0;
    bool dot0 = (flags & FMT_DTSF_ADD_DOT_0) != 0;
    bool negative = signbit(d) != 0;
    if (!isfinite(d)) {
        if (isnan(d)) {
            negative = false;
        }
        if (negative) {
            vstr_add_byte(out, '-');
        } else if (flags & FMT_DTSF_SIGN) {
            vstr_add_byte(out, '+');
        }
        vstr_add_cstr(out, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return;
    }
    double mag = fabs(d);
    // How many digits to ask fpconv for: significant ones for e/g, ones
    // after the point for f; repr asks for the shortest round-trip string.
    int want = 0;
    if (kind == 'e') {
        want = prec + 1;
    } else if (kind == 'g') {
        want = prec > 0 ? prec : 1;
    } else if (kind == 'f') {
        want = prec;
    }
    char local[48];
    char *buf = local;
    if (kind != 'r' && mag != 0.0 &&
        fpconv_digits_bound(mag, kind == 'f', want) >= (int)sizeof local) {
        buf = (char *)gc_alloc(FPCONV_MAX_DIGITS + 1, true);
    }
    Digits g = {buf, 1, 1};
    if (mag == 0.0) {
        buf[0] = '0';
    } else if (kind == 'r') {
        g.n = fpconv_shortest(mag, buf, &g.point);
    } else if (kind == 'f') {
        g.n = fpconv_fixed(mag, want, buf, &g.point);
    } else {
        g.n = fpconv_precision(mag, want, buf, &g.point);
    }
    if (negative && (flags & FMT_DTSF_NO_NEG_0) && all_zero(&g)) {
        negative = false;
    }
    if (negative) {
        vstr_add_byte(out, '-');
    } else if (flags & FMT_DTSF_SIGN) {
        vstr_add_byte(out, '+');
    }
    long exp10 = (long)g.point - 1;
    long shown = g.n;   // significant digits worth showing when trimming
    switch (kind) {
        case 'e':
            emit_scientific(out, &g, prec, alt, upper);
            return;
        case 'f':
            emit_positional(out, &g, prec, alt);
            return;
        case 'g': {
            long limit = dot0 ? want - 1 : want;
            bool sci = exp10 < -4 || exp10 >= limit;
            if (alt) {
                shown = want;   // '#' keeps trailing zeros
            }
            if (sci) {
                emit_scientific(out, &g, shown - 1, alt, upper);
            } else {
                long frac = shown - g.point;
                if (frac < 0) {
                    frac = 0;
                }
                if (frac == 0 && dot0) {
                    frac = 1;
                }
                emit_positional(out, &g, frac, alt);
            }
            return;
        }
        default: {
            // repr: positional from 1e-4 up to (not including) 1e16.
            if (exp10 < -4 || exp10 >= 16) {
                emit_scientific(out, &g, shown - 1, alt, false);
            } else {
                long frac = shown - g.point;
                if (frac < 0) {
                    frac = 0;
                }
                if (frac == 0 && dot0) {
                    frac = 1;
                }
                emit_positional(out, &g, frac, alt);
            }
            return;
        }
    }
}

// ===========================================================================
// Reading a spec
// ===========================================================================

// A cursor over the spec's bytes.
typedef struct {
    const char *s;
    size_t len;
    size_t pos;
} Scan;

static int peek(const Scan *sc) {
    return sc->pos < sc->len ? (uint8_t)sc->s[sc->pos] : -1;
}

static bool take(Scan *sc, char c) {
    if (peek(sc) == (uint8_t)c) {
        sc->pos++;
        return true;
    }
    return false;
}

// Byte length of the UTF-8 sequence starting with lead byte b.
static size_t seq_len(uint8_t b) {
    return b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
}

// Decodes the code point at `at`, storing its byte length in *n.
static uint32_t decode_at(const char *s, size_t len, size_t at, size_t *n) {
    uint8_t b = (uint8_t)s[at];
    size_t k = seq_len(b);
    if (at + k > len) {
        k = len - at;
    }
    *n = k;
    if (k == 1) {
        return b;
    }
    uint32_t cp = b & (0x7Fu >> k);
    for (size_t i = 1; i < k; i++) {
        cp = (cp << 6) | ((uint8_t)s[at + i] & 0x3Fu);
    }
    return cp;
}

static bool align_char(int c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// An unsigned decimal run; false when there are no digits.
static bool scan_number(Scan *sc, intptr_t *out) {
    size_t start = sc->pos;
    intptr_t acc = 0;
    for (int c = peek(sc); c >= '0' && c <= '9'; c = peek(sc)) {
        if (acc > (INTPTR_MAX - (c - '0')) / 10) {
            vm_raise(&exc_ValueError_type, "Too many decimal digits in format string");
        }
        acc = acc * 10 + (c - '0');
        sc->pos++;
    }
    *out = acc;
    return sc->pos > start;
}

// Renders a type code for a message: itself when printable ASCII, else \xNN.
static void code_text(uint32_t code, char *out) {
    if (code > ' ' && code < 0x7F) {
        out[0] = (char)code;
        out[1] = 0;
        return;
    }
    static const char hex[] = "0123456789abcdef";
    char tmp[12];
    int n = 0;
    do {
        tmp[n++] = hex[code & 15];
        code >>= 4;
    } while (code);
    out[0] = '\\';
    out[1] = 'x';
    for (int i = 0; i < n; i++) {
        out[2 + i] = tmp[n - 1 - i];
    }
    out[2 + n] = 0;
}

static _Noreturn void raise_unknown_code(uint32_t code, const char *type_name) {
    char txt[16];
    code_text(code, txt);
    vm_raise(&exc_ValueError_type, "Unknown format code '%s' for object of type '%s'", txt,
             type_name);
}

// Which type codes accept a thousands separator: every decimal one takes
// both ',' and '_'; the power-of-two bases take only '_'.
static bool separator_allowed(char sep, uint32_t code) {
    if (code == 0 || (code < 0x80 && strchr("deEfFgG%", (int)code) != NULL)) {
        return true;
    }
    return sep == '_' && (code == 'b' || code == 'o' || code == 'x' || code == 'X');
}

void format_parse_spec(const char *spec, size_t len, char default_type, char default_align,
                       const char *type_name, FormatSpec *f) {
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->align = default_align;
    f->width = -1;
    f->prec = -1;
    f->type = default_type;
    Scan sc = {spec, len, 0};

    // [[fill]align]: a fill is one code point and only counts when an
    // alignment character follows it.
    bool aligned = false;
    if (len > 0) {
        size_t n;
        uint32_t first = decode_at(spec, len, 0, &n);
        if (n < len && align_char((uint8_t)spec[n])) {
            f->fill = first;
            f->fill_given = true;
            f->align = spec[n];
            aligned = true;
            sc.pos = n + 1;
        } else if (align_char((int)first)) {
            f->align = (char)first;
            aligned = true;
            sc.pos = 1;
        }
    }
    int c = peek(&sc);
    if (c == '+' || c == '-' || c == ' ') {
        f->sign = (char)c;
        sc.pos++;
    }
    f->no_neg_zero = take(&sc, 'z');
    f->alt = take(&sc, '#');
    // A leading '0' means zero padding unless a fill was already chosen;
    // for numbers it also puts the padding after the sign.
    if (!f->fill_given && take(&sc, '0')) {
        f->zero = true;
        f->fill = '0';
        if (!aligned && default_align == '>') {
            f->align = '=';
        }
    }
    intptr_t w;
    if (scan_number(&sc, &w)) {
        f->width = w;
    }
    if (take(&sc, ',')) {
        f->grouping = ',';
    }
    if (take(&sc, '_')) {
        if (f->grouping) {
            vm_raise(&exc_ValueError_type, "Cannot specify both ',' and '_'.");
        }
        f->grouping = '_';
    }
    if (f->grouping == '_' && peek(&sc) == ',') {
        vm_raise(&exc_ValueError_type, "Cannot specify both ',' and '_'.");
    }
    if (take(&sc, '.')) {
        intptr_t p;
        if (!scan_number(&sc, &p)) {
            vm_raise(&exc_ValueError_type, "Format specifier missing precision");
        }
        f->prec = p;
    }
    // At most one code point may remain: the type.
    uint32_t code = (uint8_t)default_type;
    if (sc.pos < len) {
        size_t n;
        code = decode_at(spec, len, sc.pos, &n);
        if (sc.pos + n < len) {
            vm_raise(&exc_ValueError_type,
                     "Invalid format specifier '%S' for object of type '%s'", str_new(spec, len),
                     type_name);
        }
        // Non-ASCII codes are stored as DEL, which no type accepts.
        f->type = code < 0x80 ? (char)code : (char)0x7F;
    }
    if (f->grouping && !separator_allowed(f->grouping, code)) {
        char txt[16];
        code_text(code, txt);
        vm_raise(&exc_ValueError_type, "Cannot specify '%c' with '%s'.", f->grouping, txt);
    }
    if (code >= 0x80) {
        raise_unknown_code(code, type_name);
    }
}

// ===========================================================================
// Padding and number layout
// ===========================================================================

static void add_fill(Vstr *out, uint32_t fill, intptr_t count) {
    char enc[4];
    size_t n = 1;
    enc[0] = (char)fill;
    if (fill >= 0x80) {
        Vstr one;
        vstr_init(&one, 4);
        vstr_add_codepoint(&one, fill);
        n = one.len;
        memcpy(enc, one.buf, n);
    }
    for (intptr_t i = 0; i < count; i++) {
        vstr_add_bytes(out, enc, n);
    }
}

// Splits `pad` fill characters into the amount before and after a body.
static void split_pad(char align, intptr_t pad, intptr_t *before, intptr_t *after) {
    *before = 0;
    *after = 0;
    if (pad <= 0) {
        return;
    }
    if (align == '>') {
        *before = pad;
    } else if (align == '^') {
        *before = pad / 2;
        *after = pad - *before;
    } else {
        *after = pad;
    }
}

Value format_pad(const char *body, size_t body_len, size_t body_chars, intptr_t width,
                 char align, uint32_t fill) {
    if (width <= (intptr_t)body_chars) {
        return str_new(body, body_len);
    }
    intptr_t before, after;
    split_pad(align, width - (intptr_t)body_chars, &before, &after);
    Vstr out;
    vstr_init(&out, body_len + (size_t)(before + after) + 8);
    add_fill(&out, fill, before);
    vstr_add_bytes(&out, body, body_len);
    add_fill(&out, fill, after);
    return vstr_to_str(&out);
}

// A number broken into the pieces the spec positions independently:
// lead (sign and base prefix), the integer digits (which may be grouped
// and zero-extended), and the tail (point, fraction, exponent, '%', or
// the whole text of inf/nan/a 'c' character).
typedef struct {
    bool negative;
    const char *prefix;     // "0x", "0X", "0o", "0b" or ""
    const char *digits;
    size_t n_digits;
    const char *tail;
    size_t tail_bytes;
    size_t tail_chars;
    int group_size;         // 0: no separators
    char sep;
} Pieces;

// Length of `n` digits once separators go in every `size` of them.
static intptr_t grouped_len(intptr_t n, int size) {
    return size > 0 && n > 0 ? n + (n - 1) / size : n;
}

// Writes the integer digits, first widened with leading zeros so that
// the grouped field is at least `min_len` characters (zero padding is
// grouped like real digits, and never starts with a separator).
static void emit_int_digits(Vstr *out, const Pieces *p, intptr_t min_len) {
    intptr_t n = (intptr_t)p->n_digits;
    intptr_t total = n;
    while (grouped_len(total, p->group_size) < min_len) {
        total++;
    }
    for (intptr_t k = 0; k < total; k++) {
        intptr_t left = total - k;   // digits from here to the end
        if (k > 0 && p->group_size > 0 && left % p->group_size == 0) {
            vstr_add_byte(out, p->sep);
        }
        intptr_t src = k - (total - n);
        vstr_add_byte(out, src < 0 ? '0' : p->digits[src]);
    }
}

static Value lay_out_number(const FormatSpec *f, const Pieces *p) {
    char sign = 0;
    if (p->negative) {
        sign = '-';
    } else if (f->sign == '+' || f->sign == ' ') {
        sign = f->sign;
    }
    intptr_t lead = (sign ? 1 : 0) + (intptr_t)strlen(p->prefix);
    intptr_t fixed = lead + (intptr_t)p->tail_chars;
    intptr_t digit_field = grouped_len((intptr_t)p->n_digits, p->group_size);
    intptr_t min_digits = 0;
    // Zero fill with '=' extends the digits themselves so separators
    // appear among the padding zeros.
    if (f->align == '=' && f->fill == '0' && p->n_digits > 0 && f->width > fixed) {
        min_digits = f->width - fixed;
        intptr_t t = (intptr_t)p->n_digits;
        while (grouped_len(t, p->group_size) < min_digits) {
            t++;
        }
        digit_field = grouped_len(t, p->group_size);
    }
    intptr_t pad = f->width - (fixed + digit_field);
    intptr_t before = 0, after = 0, inner = 0;
    if (pad > 0) {
        if (f->align == '=') {
            inner = pad;
        } else {
            split_pad(f->align == 0 ? '>' : f->align, pad, &before, &after);
        }
    }
    Vstr out;
    vstr_init(&out, (size_t)(fixed + digit_field + (pad > 0 ? pad : 0)) + 8);
    add_fill(&out, f->fill, before);
    if (sign) {
        vstr_add_byte(&out, sign);
    }
    vstr_add_cstr(&out, p->prefix);
    add_fill(&out, f->fill, inner);
    emit_int_digits(&out, p, min_digits);
    vstr_add_bytes(&out, p->tail, p->tail_bytes);
    add_fill(&out, f->fill, after);
    return vstr_to_str(&out);
}

static void choose_grouping(Pieces *p, const FormatSpec *f, bool binary_base) {
    p->group_size = 0;
    p->sep = 0;
    if (f->grouping && f->type != 'n') {
        p->sep = f->grouping;
        p->group_size = (f->grouping == '_' && binary_base) ? 4 : 3;
    }
}

// ===========================================================================
// float.__format__ (and int with a float type code)
// ===========================================================================

static Value layout_float(double x, const FormatSpec *f) {
    if (f->prec > INT_MAX) {
        vm_raise(&exc_ValueError_type, "precision too big");
    }
    unsigned flags = (f->alt ? FMT_DTSF_ALT : 0) | (f->no_neg_zero ? FMT_DTSF_NO_NEG_0 : 0);
    char code = f->type;
    int prec = (int)f->prec;
    bool percent = false;
    switch (code) {
        case 0:
            // No type: repr-like, or 'g' keeping a ".0" once a precision is given.
            flags |= FMT_DTSF_ADD_DOT_0;
            code = prec < 0 ? 'r' : 'g';
            break;
        case 'n':
            code = 'g';
            break;
        case '%':
            code = 'f';
            x *= 100.0;
            percent = true;
            break;
        default:
            break;
    }
    if (prec < 0) {
        prec = code == 'r' ? 0 : 6;
    }
    Vstr text;
    vstr_init(&text, 32);
    format_double(&text, x, code, prec, flags);
    if (percent) {
        vstr_add_byte(&text, '%');
    }
    Pieces p;
    memset(&p, 0, sizeof p);
    p.prefix = "";
    size_t at = 0;
    if (text.len > 0 && text.buf[0] == '-') {
        p.negative = true;
        at = 1;
    }
    size_t end = at;
    while (end < text.len && text.buf[end] >= '0' && text.buf[end] <= '9') {
        end++;
    }
    p.digits = text.buf + at;
    p.n_digits = end - at;
    p.tail = text.buf + end;
    p.tail_bytes = p.tail_chars = text.len - end;
    choose_grouping(&p, f, false);
    return lay_out_number(f, &p);
}

Value format_float_spec(Value v, const char *spec, size_t len) {
    if (len == 0) {
        return obj_str(v);
    }
    const char *tname = val_type_name(v);
    FormatSpec f;
    format_parse_spec(spec, len, 0, '>', tname, &f);
    if (f.type != 0 && strchr("eEfFgGn%", f.type) == NULL) {
        raise_unknown_code((uint8_t)f.type, tname);
    }
    return layout_float(float_value(v), &f);
}

// ===========================================================================
// int.__format__
// ===========================================================================

static Value layout_char(Value v, const FormatSpec *f) {
    if (f->sign) {
        vm_raise(&exc_ValueError_type, "Sign not allowed with integer format specifier 'c'");
    }
    if (f->alt) {
        vm_raise(&exc_ValueError_type,
                 "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    int64_t cp;
    if (!int_to_i64(v, &cp)) {
        vm_raise(&exc_OverflowError_type, "Python int too large to convert to C long");
    }
    if (cp < 0 || cp > 0x10FFFF) {
        vm_raise(&exc_OverflowError_type, "%%c arg not in range(0x110000)");
    }
    Vstr ch;
    vstr_init(&ch, 4);
    vstr_add_codepoint(&ch, (uint32_t)cp);
    Pieces p;
    memset(&p, 0, sizeof p);
    p.prefix = "";
    p.tail = ch.buf;
    p.tail_bytes = ch.len;
    p.tail_chars = 1;
    return lay_out_number(f, &p);
}

static Value layout_int(Value v, const FormatSpec *f) {
    if (f->prec != -1) {
        vm_raise(&exc_ValueError_type, "Precision not allowed in integer format specifier");
    }
    if (f->no_neg_zero) {
        vm_raise(&exc_ValueError_type,
                 "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (f->type == 'c') {
        return layout_char(v, f);
    }
    static const struct {
        char code;
        unsigned char base;
        const char *prefix;
    } bases[] = {{'b', 2, "0b"}, {'o', 8, "0o"}, {'x', 16, "0x"}, {'X', 16, "0X"}};
    int base = 10;
    const char *prefix = "";
    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
        if (bases[i].code == f->type) {
            base = bases[i].base;
            prefix = f->alt ? bases[i].prefix : "";
        }
    }
    Value text = int_abs_to_str(v, base);
    const char *src = str_cstr(text);
    size_t n = str_len_bytes(text);
    if (f->type == 'X') {
        char *up = (char *)gc_alloc(n + 1, true);
        for (size_t i = 0; i < n; i++) {
            up[i] = (src[i] >= 'a' && src[i] <= 'f') ? (char)(src[i] - 'a' + 'A') : src[i];
        }
        src = up;
    }
    Pieces p;
    memset(&p, 0, sizeof p);
    p.negative = int_sign(v) < 0;
    p.prefix = prefix;
    p.digits = src;
    p.n_digits = n;
    p.tail = "";
    choose_grouping(&p, f, base != 10);
    return lay_out_number(f, &p);
}

Value format_int_spec(Value v, const char *spec, size_t len) {
    if (len == 0) {
        return obj_str(v);
    }
    const char *tname = val_type_name(v);
    FormatSpec f;
    format_parse_spec(spec, len, 'd', '>', tname, &f);
    Value iv = int_coerce(v);
    if (strchr("bcdoxXn", f.type) != NULL && f.type != 0) {
        return layout_int(iv, &f);
    }
    if (strchr("eEfFgG%", f.type) != NULL && f.type != 0) {
        return layout_float(int_to_double(iv), &f);
    }
    raise_unknown_code((uint8_t)f.type, tname);
}

// ===========================================================================
// str.__format__
// ===========================================================================

Value format_str_spec(Value s, const char *spec, size_t len) {
    if (len == 0) {
        return s;
    }
    FormatSpec f;
    format_parse_spec(spec, len, 's', '<', "str", &f);
    if (f.type != 's') {
        raise_unknown_code((uint8_t)f.type, "str");
    }
    const char *refusal = NULL;
    if (f.sign == ' ') {
        refusal = "Space not allowed in string format specifier";
    } else if (f.sign) {
        refusal = "Sign not allowed in string format specifier";
    } else if (f.no_neg_zero) {
        refusal = "Negative zero coercion (z) not allowed in string format specifier";
    } else if (f.alt) {
        refusal = "Alternate form (#) not allowed in string format specifier";
    } else if (f.align == '=') {
        refusal = "'=' alignment not allowed in string format specifier";
    }
    if (refusal) {
        vm_raise(&exc_ValueError_type, "%s", refusal);
    }
    const StrObj *so = val_str(s);
    size_t bytes = so->len, chars = so->charlen;
    if (f.prec >= 0 && (size_t)f.prec < chars) {
        // Keep the first prec code points.
        size_t at = 0;
        for (intptr_t k = 0; k < f.prec; k++) {
            at += seq_len((uint8_t)so->data[at]);
        }
        bytes = at;
        chars = (size_t)f.prec;
    } else if (f.width <= (intptr_t)chars) {
        return s;
    }
    return format_pad(so->data, bytes, chars, f.width, f.align, f.fill);
}

// ===========================================================================
// %-formatting of numbers
// ===========================================================================

static bool looks_numeric(Value v) {
    if (val_is_float(v) || int_coerce(v) != VAL_NULL) {
        return true;
    }
    const Type *t = type_of(v);
    return type_lookup(t, NAME(__index__)) != VAL_NULL ||
           type_lookup(t, NAME(__int__)) != VAL_NULL ||
           type_lookup(t, NAME(__float__)) != VAL_NULL;
}

// Assembles sign, prefix and digits into `width` like C's printf: '-'
// pads on the right, '0' puts zeros between prefix and digits, otherwise
// spaces go in front.
static Value percent_assemble(bool negative, unsigned flags, const char *prefix, const char *body,
                              size_t body_len, intptr_t width) {
    char sign = negative ? '-' : (flags & FMT_F_PLUS) ? '+' : (flags & FMT_F_SPACE) ? ' ' : 0;
    intptr_t used = (sign ? 1 : 0) + (intptr_t)strlen(prefix) + (intptr_t)body_len;
    intptr_t pad = width > used ? width - used : 0;
    Vstr out;
    vstr_init(&out, (size_t)(used + pad) + 4);
    bool left = (flags & FMT_F_LEFT) != 0;
    bool zeros = !left && (flags & FMT_F_ZERO);
    if (!left && !zeros) {
        add_fill(&out, ' ', pad);
    }
    if (sign) {
        vstr_add_byte(&out, sign);
    }
    vstr_add_cstr(&out, prefix);
    if (zeros) {
        add_fill(&out, '0', pad);
    }
    vstr_add_bytes(&out, body, body_len);
    if (left) {
        add_fill(&out, ' ', pad);
    }
    return vstr_to_str(&out);
}

static Value percent_float(Value v, char conv, unsigned flags, intptr_t width, intptr_t prec) {
    double x;
    if (!obj_to_double(v, &x)) {
        if (!looks_numeric(v)) {
            vm_raise(&exc_TypeError_type, "must be real number, not %s", val_type_name(v));
        }
        x = obj_get_double(v);
    }
    if (prec > INT_MAX) {
        vm_raise(&exc_ValueError_type, "precision too big");
    }
    Vstr text;
    vstr_init(&text, 32);
    format_double(&text, x, conv, prec < 0 ? 6 : (int)prec,
                  (flags & FMT_F_ALT) ? FMT_DTSF_ALT : 0);
    bool negative = text.len > 0 && text.buf[0] == '-';
    size_t skip = negative ? 1 : 0;
    return percent_assemble(negative, flags, "", text.buf + skip, text.len - skip, width);
}

Value format_percent_number(Value v, char conv, unsigned flags, intptr_t width, intptr_t prec) {
    if (strchr("eEfFgG", conv) != NULL) {
        return percent_float(v, conv, flags, width, prec);
    }
    bool radix = conv == 'x' || conv == 'X' || conv == 'o';
    if (!looks_numeric(v)) {
        vm_raise(&exc_TypeError_type, "%%%c format: %s is required, not %s", conv,
                 radix ? "an integer" : "a real number", val_type_name(v));
    }
    Value iv;
    if (!radix) {
        iv = int_from_obj(v);   // d i u truncate floats
    } else {
        iv = int_coerce(v);
        if (iv == VAL_NULL) {
            if (val_is_float(v)) {
                vm_raise(&exc_TypeError_type, "%%%c format: an integer is required, not %s",
                         conv, val_type_name(v));
            }
            iv = int_index_value(v);
        }
    }
    Value text = int_abs_to_str(iv, conv == 'o' ? 8 : radix ? 16 : 10);
    const char *src = str_cstr(text);
    size_t n = str_len_bytes(text);
    // Precision is a minimum digit count: zeros go in front.
    size_t lead = (prec > 0 && (size_t)prec > n) ? (size_t)prec - n : 0;
    char *body = (char *)gc_alloc(lead + n + 1, true);
    memset(body, '0', lead);
    for (size_t i = 0; i < n; i++) {
        char c = src[i];
        body[lead + i] = (conv == 'X' && c >= 'a' && c <= 'f') ? (char)(c - 'a' + 'A') : c;
    }
    const char *prefix = "";
    if ((flags & FMT_F_ALT) && radix) {
        prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
    }
    return percent_assemble(int_sign(iv) < 0, flags, prefix, body, lead + n, width);
}
