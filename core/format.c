// The format-spec mini-language and number layout, ported from CPython
// 3.11's Python/formatter_unicode.c (parse_internal_render_format_spec,
// calc_number_widths, fill_number, thousands grouping), PyOS_double_to_string
// (format_float_short) and the numeric conversions of %-formatting
// (unicodeobject.c). Digits come from fpconv.c (floats) and int_text.c
// (ints). Bodies are ASCII; only the fill character may be any code point.
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

// --- doubles to text -------------------------------------------------------

static void add_zeros(Vstr *out, long n) {
    for (long i = 0; i < n; i++) {
        vstr_add_byte(out, '0');
    }
}

void format_double(Vstr *out, double d, char code, int prec, unsigned flags) {
    bool upper = false;
    int mode;
    switch (code) {
        case 'E':
            upper = true;
            code = 'e';
            // fall through
        case 'e':
            mode = 2;
            prec++;
            break;
        case 'F':
            upper = true;
            code = 'f';
            // fall through
        case 'f':
            mode = 3;
            break;
        case 'G':
            upper = true;
            code = 'g';
            // fall through
        case 'g':
            mode = 2;
            if (prec == 0) {
                prec = 1;
            }
            break;
        default:
            code = 'r';
            mode = 0;
            break;
    }
    bool always_sign = (flags & FMT_DTSF_SIGN) != 0;
    bool add_dot_0 = (flags & FMT_DTSF_ADD_DOT_0) != 0;
    bool alt = (flags & FMT_DTSF_ALT) != 0;
    if (isnan(d) || isinf(d)) {
        if (isinf(d) && d < 0) {
            vstr_add_byte(out, '-');
        } else if (always_sign) {
            vstr_add_byte(out, '+');
        }
        vstr_add_cstr(out, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return;
    }
    bool neg = signbit(d) != 0;
    double a = fabs(d);
    // Repr and short precisions fit the stack buffer; long ones get a heap one.
    char small[48];
    char *digits = small;
    if (mode != 0 && a != 0.0 && fpconv_digits_bound(a, mode == 3, prec) >= (int)sizeof small) {
        digits = (char *)gc_alloc(FPCONV_MAX_DIGITS + 1, true);
    }
    int ndig, dp;
    if (a == 0.0) {
        digits[0] = '0';
        ndig = 1;
        dp = 1;
    } else if (mode == 0) {
        ndig = fpconv_shortest(a, digits, &dp);
    } else if (mode == 2) {
        ndig = fpconv_precision(a, prec, digits, &dp);
    } else {
        ndig = fpconv_fixed(a, prec, digits, &dp);
    }
    if ((flags & FMT_DTSF_NO_NEG_0) && neg && (ndig == 0 || (ndig == 1 && digits[0] == '0'))) {
        neg = false;
    }
    long digits_len = ndig, decpt = dp, vdigits_end = digits_len, exp = 0;
    bool use_exp = false;
    switch (code) {
        case 'e':
            use_exp = true;
            vdigits_end = prec;
            break;
        case 'f':
            vdigits_end = decpt + prec;
            break;
        case 'g':
            if (decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec)) {
                use_exp = true;
            }
            if (alt) {
                vdigits_end = prec;
            }
            break;
        default:
            // repr switches to exponent notation at 1e16.
            if (decpt <= -4 || decpt > 16) {
                use_exp = true;
            }
            break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    long vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) {
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    } else {
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
    }
    if (neg) {
        vstr_add_byte(out, '-');
    } else if (always_sign) {
        vstr_add_byte(out, '+');
    }
    if (decpt <= 0) {
        add_zeros(out, decpt - vdigits_start);
        vstr_add_byte(out, '.');
        add_zeros(out, -decpt);
    } else {
        add_zeros(out, -vdigits_start);
    }
    if (0 < decpt && decpt <= digits_len) {
        vstr_add_bytes(out, digits, (size_t)decpt);
        vstr_add_byte(out, '.');
        vstr_add_bytes(out, digits + decpt, (size_t)(digits_len - decpt));
    } else {
        vstr_add_bytes(out, digits, (size_t)digits_len);
    }
    if (digits_len < decpt) {
        add_zeros(out, decpt - digits_len);
        vstr_add_byte(out, '.');
        add_zeros(out, vdigits_end - decpt);
    } else {
        add_zeros(out, vdigits_end - digits_len);
    }
    if (out->len > 0 && out->buf[out->len - 1] == '.' && !alt) {
        out->len--;
    }
    if (use_exp) {
        vstr_add_byte(out, upper ? 'E' : 'e');
        vstr_add_byte(out, exp < 0 ? '-' : '+');
        long e = exp < 0 ? -exp : exp;
        if (e < 10) {
            vstr_add_byte(out, '0');
        }
        char tmp[24];
        size_t n = fmt_uint(tmp, (uint64_t)e, 10, false);
        vstr_add_bytes(out, tmp, n);
    }
}

// --- spec parsing ------------------------------------------------------------

// Decodes one UTF-8 code point at s[*i], advancing *i.
static uint32_t utf8_next(const char *s, size_t len, size_t *i) {
    uint8_t c = (uint8_t)s[*i];
    if (c < 0x80) {
        (*i)++;
        return c;
    }
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    uint32_t cp = c & (0x3F >> extra);
    (*i)++;
    for (int k = 0; k < extra && *i < len; k++, (*i)++) {
        cp = (cp << 6) | ((uint8_t)s[*i] & 0x3F);
    }
    return cp;
}

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

// Reads a decimal integer; returns the number of digits consumed.
static size_t read_int(const char *s, size_t len, size_t *i, intptr_t *out) {
    size_t n = 0;
    intptr_t v = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        int dig = s[*i] - '0';
        if (v > (INTPTR_MAX - dig) / 10) {
            vm_raise(&exc_ValueError_type, "Too many decimal digits in format string");
        }
        v = v * 10 + dig;
        (*i)++;
        n++;
    }
    *out = v;
    return n;
}

static _Noreturn void bad_separator(char sep, uint32_t type) {
    if (type > 32 && type < 128) {
        vm_raise(&exc_ValueError_type, "Cannot specify '%c' with '%c'.", sep, (int)type);
    }
    vm_raise(&exc_ValueError_type, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
}

void format_parse_spec(const char *spec, size_t len, char default_type, char default_align,
                       const char *type_name, FormatSpec *f) {
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->no_neg_zero = false;
    f->alt = false;
    f->fill_given = false;
    f->zero = false;
    f->width = -1;
    f->grouping = 0;
    f->prec = -1;
    f->type = default_type;
    size_t i = 0;
    bool align_given = false;
    // [[fill]align]: the fill is a whole code point.
    if (len > 0) {
        size_t j = 0;
        uint32_t first = utf8_next(spec, len, &j);
        if (j < len && is_align((uint8_t)spec[j])) {
            f->fill = first;
            f->align = spec[j];
            f->fill_given = true;
            align_given = true;
            i = j + 1;
        } else if (is_align(first)) {
            f->align = (char)first;
            align_given = true;
            i = 1;
        }
    }
    if (i < len && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) {
        f->sign = spec[i++];
    }
    if (i < len && spec[i] == 'z') {
        f->no_neg_zero = true;
        i++;
    }
    if (i < len && spec[i] == '#') {
        f->alt = true;
        i++;
    }
    if (!f->fill_given && i < len && spec[i] == '0') {
        f->fill = '0';
        f->zero = true;
        if (!align_given && default_align == '>') {
            f->align = '=';
        }
        i++;
    }
    intptr_t w;
    if (read_int(spec, len, &i, &w) > 0) {
        f->width = w;
    }
    if (i < len && spec[i] == ',') {
        f->grouping = ',';
        i++;
    }
    if (i < len && spec[i] == '_') {
        if (f->grouping) {
            vm_raise(&exc_ValueError_type, "Cannot specify both ',' and '_'.");
        }
        f->grouping = '_';
        i++;
    }
    if (i < len && spec[i] == ',' && f->grouping == '_') {
        vm_raise(&exc_ValueError_type, "Cannot specify both ',' and '_'.");
    }
    if (i < len && spec[i] == '.') {
        i++;
        intptr_t p;
        if (read_int(spec, len, &i, &p) == 0) {
            vm_raise(&exc_ValueError_type, "Format specifier missing precision");
        }
        f->prec = p;
    }
    uint32_t type = (uint8_t)default_type;
    if (i < len) {
        size_t j = i;
        type = utf8_next(spec, len, &j);
        if (j < len) {
            vm_raise(&exc_ValueError_type,
                     "Invalid format specifier '%S' for object of type '%s'", str_new(spec, len),
                     type_name);
        }
        f->type = type < 128 ? (char)type : (char)0x7F;
    }
    if (f->grouping) {
        switch (type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
            case 0:
                break;
            case 'b': case 'o': case 'x': case 'X':
                if (f->grouping == '_') {
                    break;
                }
                bad_separator(f->grouping, type);
            default:
                bad_separator(f->grouping, type);
        }
    }
    if (type >= 128) {
        vm_raise(&exc_ValueError_type, "Unknown format code '\\x%x' for object of type '%s'",
                 (unsigned)type, type_name);
    }
}

static _Noreturn void unknown_type(char type, const char *type_name) {
    if (type > 32 && type < 127) {
        vm_raise(&exc_ValueError_type, "Unknown format code '%c' for object of type '%s'", type,
                 type_name);
    }
    vm_raise(&exc_ValueError_type, "Unknown format code '\\x%x' for object of type '%s'",
             (unsigned)(uint8_t)type, type_name);
}

// --- padding and number layout ---------------------------------------------

static void add_fill(Vstr *out, uint32_t fill, intptr_t n) {
    for (intptr_t i = 0; i < n; i++) {
        if (fill < 0x80) {
            vstr_add_byte(out, (char)fill);
        } else {
            vstr_add_codepoint(out, fill);
        }
    }
}

Value format_pad(const char *body, size_t body_len, size_t body_chars, intptr_t width,
                 char align, uint32_t fill) {
    if (width <= (intptr_t)body_chars) {
        return str_new(body, body_len);
    }
    intptr_t pad = width - (intptr_t)body_chars, left = 0, right = 0;
    if (align == '>') {
        left = pad;
    } else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else {
        right = pad;
    }
    Vstr out;
    vstr_init(&out, body_len + (size_t)pad + 8);
    add_fill(&out, fill, left);
    vstr_add_bytes(&out, body, body_len);
    add_fill(&out, fill, right);
    return vstr_to_str(&out);
}

typedef struct {
    char sign;                // '-' or 0: the number's own sign
    const char *prefix;       // "0x" etc., may be NULL
    size_t n_prefix;
    const char *digits;       // digits to group
    size_t n_digits;
    bool has_decimal;
    const char *remainder;    // after the point (fraction, exponent, '%', inf)
    size_t n_remainder;
    int group;                // 0 (none), 3 or 4
    char sep;                 // separator, 0 when none
    bool upper;               // uppercase the prefix and digits
} NumParts;

// Grouped digits, zero-padded to min_width (CPython's
// _PyUnicode_InsertThousandsGrouping), into a no-scan buffer.
static char *group_digits(const NumParts *p, intptr_t min_width, size_t *out_len) {
    intptr_t mw = min_width > 0 ? min_width : 0;
    size_t cap = 2 * ((size_t)p->n_digits + (size_t)mw) + 4;
    char *buf = (char *)gc_alloc(cap, true);
    size_t pos = cap;
    intptr_t remaining = (intptr_t)p->n_digits;
    const char *dp = p->digits + p->n_digits;
    intptr_t sep_len = p->sep ? 1 : 0;
    bool use_sep = false;
    for (;;) {
        intptr_t len;
        if (p->group > 0) {
            len = p->group;
            intptr_t cap_len = remaining > mw ? remaining : mw;
            if (cap_len < 1) {
                cap_len = 1;
            }
            if (len > cap_len) {
                len = cap_len;
            }
        } else {
            len = remaining > mw ? remaining : mw;
            if (len < 1) {
                len = 1;
            }
        }
        intptr_t n_zeros = len - remaining > 0 ? len - remaining : 0;
        intptr_t n_chars = remaining < len ? remaining : len;
        if (n_chars < 0) {
            n_chars = 0;
        }
        if (use_sep && p->sep) {
            buf[--pos] = p->sep;
        }
        for (intptr_t k = 0; k < n_chars; k++) {
            buf[--pos] = *--dp;
        }
        for (intptr_t k = 0; k < n_zeros; k++) {
            buf[--pos] = '0';
        }
        if (p->group <= 0) {
            break;
        }
        use_sep = true;
        remaining -= n_chars;
        mw -= len;
        if (remaining <= 0 && mw <= 0) {
            break;
        }
        mw -= sep_len;
    }
    *out_len = cap - pos;
    memmove(buf, buf + pos, cap - pos);
    return buf;
}

// Lays the parts out per the spec (calc_number_widths + fill_number).
static Value fill_number(const FormatSpec *f, const NumParts *p) {
    char sign = 0;
    if (f->sign == '+') {
        sign = p->sign == '-' ? '-' : '+';
    } else if (f->sign == ' ') {
        sign = p->sign == '-' ? '-' : ' ';
    } else if (p->sign == '-') {
        sign = '-';
    }
    intptr_t n_non_digit = (sign ? 1 : 0) + (intptr_t)p->n_prefix + (p->has_decimal ? 1 : 0) +
                           (intptr_t)p->n_remainder;
    intptr_t min_width = (f->fill == '0' && f->align == '=') ? f->width - n_non_digit : 0;
    size_t n_grouped = 0;
    char *grouped = NULL;
    if (p->n_digits > 0) {
        grouped = group_digits(p, min_width, &n_grouped);
    }
    intptr_t pad = f->width - (n_non_digit + (intptr_t)n_grouped);
    intptr_t lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (f->align) {
            case '<': rpad = pad; break;
            case '^': lpad = pad / 2; rpad = pad - lpad; break;
            case '=': spad = pad; break;
            default: lpad = pad; break;
        }
    }
    Vstr out;
    vstr_init(&out, (size_t)(n_non_digit + (intptr_t)n_grouped) + 16);
    add_fill(&out, f->fill, lpad);
    if (sign) {
        vstr_add_byte(&out, sign);
    }
    for (size_t i = 0; i < p->n_prefix; i++) {
        char c = p->prefix[i];
        vstr_add_byte(&out, p->upper && c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
    }
    add_fill(&out, f->fill, spad);
    for (size_t i = 0; i < n_grouped; i++) {
        char c = grouped[i];
        vstr_add_byte(&out, p->upper && c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
    }
    if (grouped) {
        gc_free(grouped);
    }
    if (p->has_decimal) {
        vstr_add_byte(&out, '.');
    }
    vstr_add_bytes(&out, p->remainder, p->n_remainder);
    add_fill(&out, f->fill, rpad);
    return vstr_to_str(&out);
}

static void set_grouping(NumParts *p, const FormatSpec *f, bool pow2_base) {
    p->group = 0;
    p->sep = 0;
    if (f->type == 'n' || !f->grouping) {
        return;
    }
    p->sep = f->grouping;
    p->group = (f->grouping == '_' && pow2_base) ? 4 : 3;
}

// --- floats -------------------------------------------------------------------

static Value format_float_internal(double val, const FormatSpec *f) {
    if (f->prec > INT_MAX) {
        vm_raise(&exc_ValueError_type, "precision too big");
    }
    int prec = (int)f->prec;
    unsigned flags = 0;
    if (f->alt) {
        flags |= FMT_DTSF_ALT;
    }
    if (f->no_neg_zero) {
        flags |= FMT_DTSF_NO_NEG_0;
    }
    char type = f->type;
    int default_prec = 6;
    if (type == 0) {
        flags |= FMT_DTSF_ADD_DOT_0;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n') {
        type = 'g';
    }
    bool pct = false;
    if (type == '%') {
        type = 'f';
        val *= 100;
        pct = true;
    }
    if (prec < 0) {
        prec = default_prec;
    } else if (type == 'r') {
        type = 'g';
    }
    Vstr buf;
    vstr_init(&buf, 32);
    format_double(&buf, val, type, prec, flags);
    if (pct) {
        vstr_add_byte(&buf, '%');
    }
    NumParts p;
    memset(&p, 0, sizeof p);
    size_t i = 0;
    if (buf.len > 0 && buf.buf[0] == '-') {
        p.sign = '-';
        i = 1;
    }
    p.digits = buf.buf + i;
    size_t j = i;
    while (j < buf.len && buf.buf[j] >= '0' && buf.buf[j] <= '9') {
        j++;
    }
    p.n_digits = j - i;
    if (j < buf.len && buf.buf[j] == '.') {
        p.has_decimal = true;
        j++;
    }
    p.remainder = buf.buf + j;
    p.n_remainder = buf.len - j;
    set_grouping(&p, f, false);
    return fill_number(f, &p);
}

Value format_float_spec(Value v, const char *spec, size_t len) {
    if (len == 0) {
        return obj_str(v);
    }
    FormatSpec f;
    format_parse_spec(spec, len, 0, '>', val_type_name(v), &f);
    switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            return format_float_internal(float_value(v), &f);
        default:
            unknown_type(f.type, val_type_name(v));
    }
}

// --- ints ---------------------------------------------------------------------

static Value format_long_internal(Value v, const FormatSpec *f) {
    if (f->prec != -1) {
        vm_raise(&exc_ValueError_type, "Precision not allowed in integer format specifier");
    }
    if (f->no_neg_zero) {
        vm_raise(&exc_ValueError_type,
                 "Negative zero coercion (z) not allowed in integer format specifier");
    }
    NumParts p;
    memset(&p, 0, sizeof p);
    char cbuf[4];
    if (f->type == 'c') {
        if (f->sign) {
            vm_raise(&exc_ValueError_type, "Sign not allowed with integer format specifier 'c'");
        }
        if (f->alt) {
            vm_raise(&exc_ValueError_type,
                     "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        int64_t x;
        if (!int_to_i64(v, &x)) {
            vm_raise(&exc_OverflowError_type, "Python int too large to convert to C long");
        }
        if (x < 0 || x > 0x10FFFF) {
            vm_raise(&exc_OverflowError_type, "%%c arg not in range(0x110000)");
        }
        Vstr cv;
        vstr_init(&cv, 4);
        vstr_add_codepoint(&cv, (uint32_t)x);
        memcpy(cbuf, cv.buf, cv.len);
        p.remainder = cbuf;
        p.n_remainder = cv.len;
        // Width counts code points, the body is one.
        FormatSpec g = *f;
        if (g.width > 0) {
            g.width += (intptr_t)cv.len - 1;
        }
        return fill_number(&g, &p);
    }
    int base = 10;
    const char *prefix = NULL;
    switch (f->type) {
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': case 'X': base = 16; prefix = "0x"; break;
        default: break;
    }
    Value digits = int_abs_to_str(v, base);
    p.sign = int_sign(v) < 0 ? '-' : 0;
    if (f->alt && prefix) {
        p.prefix = prefix;
        p.n_prefix = 2;
    }
    p.digits = str_cstr(digits);
    p.n_digits = str_len_bytes(digits);
    p.remainder = "";
    p.upper = f->type == 'X';
    set_grouping(&p, f, base != 10);
    return fill_number(f, &p);
}

Value format_int_spec(Value v, const char *spec, size_t len) {
    if (len == 0) {
        return obj_str(v);
    }
    const char *tname = val_type_name(v);
    FormatSpec f;
    format_parse_spec(spec, len, 'd', '>', tname, &f);
    Value iv = int_coerce(v);
    switch (f.type) {
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
            return format_long_internal(iv, &f);
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            return format_float_internal(int_to_double(iv), &f);
        default:
            unknown_type(f.type, tname);
    }
}

// --- str ------------------------------------------------------------------------

Value format_str_spec(Value s, const char *spec, size_t len) {
    if (len == 0) {
        return s;
    }
    FormatSpec f;
    format_parse_spec(spec, len, 's', '<', "str", &f);
    if (f.type != 's') {
        unknown_type(f.type, "str");
    }
    if (f.sign == ' ') {
        vm_raise(&exc_ValueError_type, "Space not allowed in string format specifier");
    }
    if (f.sign) {
        vm_raise(&exc_ValueError_type, "Sign not allowed in string format specifier");
    }
    if (f.no_neg_zero) {
        vm_raise(&exc_ValueError_type,
                 "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (f.alt) {
        vm_raise(&exc_ValueError_type, "Alternate form (#) not allowed in string format specifier");
    }
    if (f.align == '=') {
        vm_raise(&exc_ValueError_type, "'=' alignment not allowed in string format specifier");
    }
    const StrObj *so = val_str(s);
    const char *data = so->data;
    size_t blen = so->len, chars = so->charlen;
    if (f.prec >= 0 && (size_t)f.prec < chars) {
        // Cut to prec code points.
        size_t i = 0, n = 0;
        while (n < (size_t)f.prec) {
            uint8_t c = (uint8_t)data[i];
            i += c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            n++;
        }
        blen = i;
        chars = n;
    } else if (f.width <= (intptr_t)chars) {
        return s;
    }
    return format_pad(data, blen, chars, f.width, f.align, f.fill);
}

// --- %-formatting of numbers -------------------------------------------------

static bool is_number(Value v) {
    if (int_coerce(v) != VAL_NULL || val_is_float(v)) {
        return true;
    }
    const Type *t = type_of(v);
    return type_lookup(t, NAME(__index__)) != VAL_NULL || type_lookup(t, NAME(__int__)) != VAL_NULL ||
           type_lookup(t, NAME(__float__)) != VAL_NULL;
}

// CPython's unicode_format_arg_output for a numeric body that may start
// with '-' (sign) and, with '#', a "0x"/"0o" prefix.
static Value percent_output(const char *body, size_t len, char conv, unsigned flags,
                            intptr_t width) {
    char fill = (flags & FMT_F_ZERO) ? '0' : ' ';
    size_t pi = 0;
    char signchar = 0;
    if (len > 0 && (body[0] == '-' || body[0] == '+')) {
        signchar = body[0];
        pi = 1;
        len--;
    } else if (flags & FMT_F_PLUS) {
        signchar = '+';
    } else if (flags & FMT_F_SPACE) {
        signchar = ' ';
    }
    bool has_sign = signchar != 0;
    intptr_t w = width < (intptr_t)len ? (intptr_t)len : width;
    Vstr out;
    vstr_init(&out, (size_t)w + 4);
    if (has_sign) {
        if (fill != ' ') {
            vstr_add_byte(&out, signchar);
        }
        if (w > (intptr_t)len) {
            w--;
        }
    }
    bool prefix = (flags & FMT_F_ALT) && (conv == 'x' || conv == 'X' || conv == 'o');
    if (prefix) {
        if (fill != ' ') {
            vstr_add_bytes(&out, body + pi, 2);
            pi += 2;
        }
        w -= 2;
        if (w < 0) {
            w = 0;
        }
        len -= 2;
    }
    if (w > (intptr_t)len && !(flags & FMT_F_LEFT)) {
        for (intptr_t i = 0; i < w - (intptr_t)len; i++) {
            vstr_add_byte(&out, fill);
        }
        w = (intptr_t)len;
    }
    if (fill == ' ') {
        if (has_sign) {
            vstr_add_byte(&out, signchar);
        }
        if (prefix) {
            vstr_add_bytes(&out, body + pi, 2);
            pi += 2;
        }
    }
    vstr_add_bytes(&out, body + pi, len);
    for (intptr_t i = (intptr_t)len; i < w; i++) {
        vstr_add_byte(&out, ' ');
    }
    return vstr_to_str(&out);
}

Value format_percent_number(Value v, char conv, unsigned flags, intptr_t width, intptr_t prec) {
    if (conv == 'e' || conv == 'E' || conv == 'f' || conv == 'F' || conv == 'g' || conv == 'G') {
        double d;
        if (!obj_to_double(v, &d)) {
            if (!is_number(v)) {
                vm_raise(&exc_TypeError_type, "must be real number, not %s", val_type_name(v));
            }
            d = obj_get_double(v);
        }
        Vstr buf;
        vstr_init(&buf, 32);
        if (prec > INT_MAX) {
            vm_raise(&exc_ValueError_type, "precision too big");
        }
        format_double(&buf, d, conv, prec < 0 ? 6 : (int)prec, (flags & FMT_F_ALT) ? FMT_DTSF_ALT : 0);
        return percent_output(buf.buf, buf.len, conv, flags, width);
    }
    bool hex = conv == 'x' || conv == 'X', oct = conv == 'o';
    if (!is_number(v)) {
        vm_raise(&exc_TypeError_type, "%%%c format: %s is required, not %s", conv,
                 (hex || oct) ? "an integer" : "a real number", val_type_name(v));
    }
    Value iv;
    if (hex || oct) {
        iv = int_coerce(v);
        if (iv == VAL_NULL) {
            if (val_is_float(v)) {
                vm_raise(&exc_TypeError_type, "%%%c format: an integer is required, not %s", conv,
                         val_type_name(v));
            }
            iv = int_index_value(v);
        }
    } else {
        iv = int_from_obj(v);
    }
    Value digits = int_abs_to_str(iv, hex ? 16 : oct ? 8 : 10);
    size_t nd = str_len_bytes(digits);
    Vstr body;
    vstr_init(&body, nd + (prec > 0 ? (size_t)prec : 0) + 4);
    if (int_sign(iv) < 0) {
        vstr_add_byte(&body, '-');
    }
    if ((flags & FMT_F_ALT) && (hex || oct)) {
        vstr_add_byte(&body, '0');
        vstr_add_byte(&body, conv == 'o' ? 'o' : conv);
    }
    for (intptr_t i = (intptr_t)nd; i < prec; i++) {
        vstr_add_byte(&body, '0');
    }
    const char *ds = str_cstr(digits);
    for (size_t i = 0; i < nd; i++) {
        char c = ds[i];
        vstr_add_byte(&body, conv == 'X' && c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
    }
    return percent_output(body.buf, body.len, conv, flags, width);
}
