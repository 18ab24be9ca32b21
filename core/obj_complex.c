// The complex type: an immutable pair of doubles (real, imag). This file
// owns building one (from numbers, objects with __complex__/__float__/
// __index__, and text such as "(1-2j)"), its arithmetic with ints, floats
// and complexes on either side, equality (complex has no ordering), abs,
// truth, the numeric hash that agrees with int and float hashes, repr/str
// and __format__. The float type sends a negative base raised to a
// fractional power here too (complex_pow_doubles), since Python answers
// with a complex. Results must match CPython 3.11 bit for bit, so the
// division and power formulas below are the standard ones its output
// reflects (Smith's scaled division, polar-form powers, and binary
// exponentiation for small integral exponents).
#include <math.h>
#include <string.h>
#include "format.h"
#include "fpconv.h"
#include "gc.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_int.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

// A complex value in transit, unboxed.
typedef struct {
    double re;
    double im;
} Zval;

static Zval zmake(double re, double im) {
    Zval z;
    z.re = re;
    z.im = im;
    return z;
}

Value complex_new(double real, double imag) {
    // No-scan: the block holds a const type pointer and two doubles only.
    ComplexObj *obj = (ComplexObj *)gc_alloc(sizeof(ComplexObj), true);
    obj->base.type = &complex_type;
    obj->real = real;
    obj->imag = imag;
    return OBJ_VAL(obj);
}

static Value zbox(Zval z) {
    return complex_new(z.re, z.im);
}

// Reads the pair out of a complex or of an instance of a subclass (whose
// native part obj_native returns).
static Zval zread(Value v) {
    const ComplexObj *obj = (const ComplexObj *)VAL_OBJ(val_is_complex(v) ? v : obj_native(v));
    return zmake(obj->real, obj->imag);
}

static bool is_int_like(Value v) {
    return val_is_small_int(v) || is_type(v, &int_type) || v == VAL_TRUE || v == VAL_FALSE;
}

// Widens one operand of an arithmetic operator; false when its type does
// not mix with complex (the operator then reports unsupported types).
static bool zwiden(Value v, Zval *out) {
    if (val_is_complex(v)) {
        *out = zread(v);
    } else if (val_is_float(v)) {
        *out = zmake(float_value(v), 0.0);
    } else if (val_is_small_int(v)) {
        *out = zmake((double)val_small_int(v), 0.0);
    } else if (is_int_like(v)) {
        *out = zmake(int_to_double(v), 0.0);    // OverflowError when huge
    } else {
        return false;
    }
    return true;
}

// --- arithmetic -----------------------------------------------------------------

static Zval zmul(Zval x, Zval y) {
    return zmake(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
}

// x / y by Smith's method: dividing through by the larger-magnitude part of
// y keeps the intermediate products from overflowing. Returns false when y
// is zero; a NaN anywhere in y yields NaN parts.
static bool zdiv(Zval x, Zval y, Zval *out) {
    double mag_re = fabs(y.re);
    double mag_im = fabs(y.im);
    if (mag_re >= mag_im) {
        if (mag_re == 0.0) {
            return false;
        }
        double t = y.im / y.re;
        double d = y.re + y.im * t;
        *out = zmake((x.re + x.im * t) / d, (x.im - x.re * t) / d);
    } else if (mag_im >= mag_re) {
        double t = y.re / y.im;
        double d = y.re * t + y.im;
        *out = zmake((x.re * t + x.im) / d, (x.im * t - x.re) / d);
    } else {
        // Neither comparison holds, so one of the magnitudes is a NaN.
        *out = zmake(NAN, NAN);
    }
    return true;
}

// x ** n for n >= 0 by square-and-multiply over n's bits, low bit first.
static Zval zpow_uint(Zval x, unsigned long n) {
    Zval acc = zmake(1.0, 0.0);
    Zval sq = x;
    while (n != 0) {
        if (n & 1UL) {
            acc = zmul(acc, sq);
        }
        n >>= 1;
        if (n != 0) {
            sq = zmul(sq, sq);
        }
    }
    return acc;
}

// x ** y in polar form: |x|**y.re / e**(arg(x)*y.im) at angle
// arg(x)*y.re + y.im*ln|x|. Returns false for zero to a negative or
// non-real power.
static bool zpow_polar(Zval x, Zval y, Zval *out) {
    if (y.re == 0.0 && y.im == 0.0) {
        *out = zmake(1.0, 0.0);
        return true;
    }
    if (x.re == 0.0 && x.im == 0.0) {
        *out = zmake(0.0, 0.0);
        return !(y.im != 0.0 || y.re < 0.0);    // a NaN exponent is no error
    }
    double modulus = hypot(x.re, x.im);
    double angle = atan2(x.im, x.re);
    double len = pow(modulus, y.re);
    double phase = angle * y.re;
    if (y.im != 0.0) {
        len /= exp(angle * y.im);
        phase += y.im * log(modulus);
    }
    *out = zmake(len * cos(phase), len * sin(phase));
    return true;
}

// Exponents that are integers no larger than this in magnitude use
// repeated multiplication, as CPython does (its results differ in the last
// bits from the polar form, and tests print them).
#define ZPOW_INT_LIMIT 100.0

static Value zpower(Zval x, Zval y) {
    Zval r;
    bool ok = true;
    if (y.im == 0.0 && fabs(y.re) <= ZPOW_INT_LIMIT && y.re == floor(y.re)) {
        long n = (long)y.re;
        if (n >= 0) {
            r = zpow_uint(x, (unsigned long)n);
        } else {
            ok = zdiv(zmake(1.0, 0.0), zpow_uint(x, (unsigned long)-n), &r);
        }
    } else {
        ok = zpow_polar(x, y, &r);
    }
    if (!ok) {
        vm_raise(&exc_ZeroDivisionError_type, "0.0 to a negative or complex power");
    }
    if (isinf(r.re) || isinf(r.im)) {
        vm_raise(&exc_OverflowError_type, "complex exponentiation");
    }
    return zbox(r);
}

Value complex_pow_doubles(double a, double b) {
    return zpower(zmake(a, 0.0), zmake(b, 0.0));
}

Value complex_binary_op(int op, Value a, Value b) {
    Zval x, y, r;
    if (!val_is_complex(a) && !val_is_complex(b)) {
        return VAL_NULL;
    }
    if (!zwiden(a, &x) || !zwiden(b, &y)) {
        return VAL_NULL;
    }
    // The in-place forms behave exactly as the plain ones: complex is immutable.
    op &= ~BINOP_INPLACE;
    if (op == BINOP_ADD) {
        r = zmake(x.re + y.re, x.im + y.im);
    } else if (op == BINOP_SUB) {
        r = zmake(x.re - y.re, x.im - y.im);
    } else if (op == BINOP_MUL) {
        r = zmul(x, y);
    } else if (op == BINOP_TRUEDIV) {
        if (!zdiv(x, y, &r)) {
            vm_raise(&exc_ZeroDivisionError_type, "complex division by zero");
        }
    } else if (op == BINOP_POW) {
        return zpower(x, y);
    } else {
        return VAL_NULL;    // //, %, divmod, bit operators: unsupported
    }
    return zbox(r);
}

static double zabs(Zval z) {
    // An infinite part wins over a NaN one: abs(complex(inf, nan)) is inf.
    if (isinf(z.re) || isinf(z.im)) {
        return INFINITY;
    }
    if (isnan(z.re) || isnan(z.im)) {
        return NAN;
    }
    double m = hypot(z.re, z.im);
    if (isinf(m)) {
        vm_raise(&exc_OverflowError_type, "absolute value too large");
    }
    return m;
}

static Value complex_unary_op(int op, Value a) {
    Zval z = zread(a);
    switch (op) {
        case UNOP_NEG:
            return complex_new(-z.re, -z.im);
        case UNOP_POS:
            // +x of a subclass instance is a plain complex.
            return val_is_complex(a) ? a : zbox(z);
        case UNOP_ABS:
            return float_new(zabs(z));
        case UNOP_BOOL:
            return val_bool(z.re != 0.0 || z.im != 0.0);
        default:
            return VAL_NULL;
    }
}

// == and != only; <, <= ... answer NotImplemented so the VM raises the
// TypeError. An int is compared with the real part exactly (via the
// float/int comparison), not after rounding the int to a double.
static Value complex_compare(int op, Value a, Value b) {
    if (op != CMP_EQ && op != CMP_NE) {
        return VAL_NOTIMPL;
    }
    Zval x = zread(a);
    bool same;
    if (val_is_complex(b)) {
        Zval y = zread(b);
        same = x.re == y.re && x.im == y.im;
    } else if (val_is_float(b)) {
        same = x.im == 0.0 && x.re == float_value(b);
    } else if (is_int_like(b)) {
        same = x.im == 0.0 && obj_eq(float_new(x.re), b);
    } else {
        return VAL_NOTIMPL;
    }
    return val_bool(same == (op == CMP_EQ));
}

// --- hash -----------------------------------------------------------------------

// The hash of one part as a float would hash, except that a NaN part
// takes the identity of the complex object holding it.
static uintptr_t part_hash(double d, Value owner) {
    if (!isnan(d)) {
        return float_hash(d);
    }
    uintptr_t bits = (uintptr_t)owner;
    uintptr_t h = (bits >> 4) | (bits << (8 * sizeof(uintptr_t) - 4));
    return h == (uintptr_t)-1 ? (uintptr_t)-2 : h;
}

// hash(real) + 1000003 * hash(imag) in wrapping machine arithmetic, with
// -1 (reserved for errors in CPython) replaced by -2: a complex with a
// zero imaginary part then hashes as its real part does.
static Value complex_hash(Value self) {
    Zval z = zread(self);
    uintptr_t h = part_hash(z.re, self) + (uintptr_t)1000003U * part_hash(z.im, self);
    if (h == (uintptr_t)-1) {
        h = (uintptr_t)-2;
    }
    intptr_t sh = (intptr_t)h;
    return small_int_fits(sh) ? val_from_small_int(sh) : int_from_i64((int64_t)sh);
}

// --- repr -----------------------------------------------------------------------

static Value complex_repr(Value self) {
    Zval z = zread(self);
    Vstr s;
    vstr_init(&s, 48);
    // Parts print in shortest round-trip form without a forced ".0". A
    // positive-zero real part is dropped together with the parentheses.
    bool only_imag = z.re == 0.0 && !signbit(z.re);
    if (!only_imag) {
        vstr_add_byte(&s, '(');
        format_double(&s, z.re, 'r', 0, 0);
    }
    format_double(&s, z.im, 'r', 0, only_imag ? 0 : FMT_DTSF_SIGN);
    vstr_add_byte(&s, 'j');
    if (!only_imag) {
        vstr_add_byte(&s, ')');
    }
    return vstr_to_str(&s);
}

// --- parsing text ---------------------------------------------------------------

// A read position in ASCII text (complex() turns other Unicode digits and
// spaces to ASCII before parsing).
typedef struct {
    const char *at;
    const char *end;
} Cursor;

static bool ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

static bool ascii_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static void skip_spaces(Cursor *c) {
    while (c->at < c->end && ascii_space(*c->at)) {
        c->at++;
    }
}

static char peek(const Cursor *c) {
    return c->at < c->end ? *c->at : '\0';
}

// Consumes ch (compared without case for letters) if it comes next.
static bool accept(Cursor *c, char ch) {
    if (c->at < c->end && (*c->at | 0x20) == (ch | 0x20)) {
        c->at++;
        return true;
    }
    return false;
}

static bool accept_word(Cursor *c, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(c->end - c->at) < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((c->at[i] | 0x20) != word[i]) {
            return false;
        }
    }
    c->at += n;
    return true;
}

static size_t skip_digits(Cursor *c) {
    size_t n = 0;
    while (c->at < c->end && ascii_digit(*c->at)) {
        c->at++;
        n++;
    }
    return n;
}

// Reads the longest float at the cursor (optional sign, digits with an
// optional point, an exponent only when digits follow its 'e', or
// inf/infinity/nan). On failure the cursor is left where it was.
static bool read_float(Cursor *c, double *out) {
    const char *start = c->at;
    bool minus = peek(c) == '-';
    if (minus || peek(c) == '+') {
        c->at++;
    }
    if (accept_word(c, "infinity") || accept_word(c, "inf")) {
        *out = minus ? -INFINITY : INFINITY;
        return true;
    }
    if (accept_word(c, "nan")) {
        *out = minus ? -NAN : NAN;
        return true;
    }
    size_t mantissa = skip_digits(c);
    if (accept(c, '.')) {
        mantissa += skip_digits(c);
    }
    if (mantissa == 0) {
        c->at = start;
        return false;
    }
    const char *before_exp = c->at;
    if (accept(c, 'e')) {
        if (peek(c) == '+' || peek(c) == '-') {
            c->at++;
        }
        if (skip_digits(c) == 0) {
            c->at = before_exp;     // "1e" is the float 1 followed by junk
        }
    }
    if (!fpconv_parse(start, (size_t)(c->at - start), out)) {
        c->at = start;
        return false;
    }
    return true;
}

static _Noreturn void bad_text(void) {
    vm_raise(&exc_ValueError_type, "complex() arg is a malformed string");
}

// The forms accepted, inside optional parentheses and spaces:
//   R   Ij   R+Ij   R-Ij   R+j   R-j   j   +j   -j
// where R and I are floats (I's sign being the separator).
static Zval parse_text(const char *s, size_t len) {
    Cursor c = {s, s + len};
    Zval z = zmake(0.0, 0.0);
    skip_spaces(&c);
    bool paren = accept(&c, '(');
    if (paren) {
        skip_spaces(&c);
    }
    double first;
    if (read_float(&c, &first)) {
        char next = peek(&c);
        if (next == '+' || next == '-') {
            z.re = first;
            if (!read_float(&c, &z.im)) {
                z.im = next == '-' ? -1.0 : 1.0;
                c.at++;
            }
            if (!accept(&c, 'j')) {
                bad_text();
            }
        } else if (accept(&c, 'j')) {
            z.im = first;
        } else {
            z.re = first;
        }
    } else {
        // A bare imaginary unit, possibly signed.
        z.im = 1.0;
        if (accept(&c, '-')) {
            z.im = -1.0;
        } else {
            (void)accept(&c, '+');
        }
        if (!accept(&c, 'j')) {
            bad_text();
        }
    }
    skip_spaces(&c);
    if (paren) {
        if (!accept(&c, ')')) {
            bad_text();
        }
        skip_spaces(&c);
    }
    if (c.at != c.end) {
        bad_text();
    }
    return z;
}

// Removes the underscores of numeric text; each must sit between two
// digits. Returns false when one does not.
static bool drop_underscores(const char *s, size_t n, char *out, size_t *out_len) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '_') {
            out[k++] = s[i];
            continue;
        }
        bool digit_before = i > 0 && ascii_digit(s[i - 1]);
        bool digit_after = i + 1 < n && ascii_digit(s[i + 1]);
        if (!digit_before || !digit_after) {
            return false;
        }
    }
    *out_len = k;
    return true;
}

static Zval zparse_str(Value str) {
    size_t len = str_len_bytes(str);
    char local[64];
    // The ASCII form is never longer than the UTF-8 text.
    char *ascii = len <= sizeof local ? local : (char *)gc_alloc(len, true);
    size_t n = fpconv_ascii_numeric(str_cstr(str), len, ascii);
    if (memchr(ascii, '_', n) == NULL) {
        return parse_text(ascii, n);
    }
    char *plain = (char *)gc_alloc(n + 1, true);
    size_t m;
    if (!drop_underscores(ascii, n, plain, &m)) {
        vm_raise(&exc_ValueError_type, "could not convert string to complex: %R", str);
    }
    return parse_text(plain, m);
}

// --- construction ---------------------------------------------------------------

static bool is_complex_instance(Value v) {
    return val_is_complex(v) ||
           (val_is_obj(v) && type_is_heap(type_of(v)) && type_is_subtype(type_of(v), &complex_type));
}

// Whether complex() takes v as a number: the built-in numeric types, their
// subclasses, and classes defining __float__ or __index__.
static bool acceptable_number(Value v) {
    if (val_is_complex(v) || val_is_float(v) || int_coerce(v) != VAL_NULL) {
        return true;
    }
    const Type *t = type_of(v);
    if (!type_is_heap(t)) {
        return false;
    }
    const Type *nb = t->native_base;
    if (nb == &complex_type || nb == &float_type || nb == &int_type || nb == &bool_type) {
        return true;
    }
    return type_lookup(t, NAME(__float__)) != VAL_NULL ||
           type_lookup(t, NAME(__index__)) != VAL_NULL;
}

// An argument of complex() as a pair; *was_complex tells whether it was a
// complex (so its imaginary part takes part in the combination).
static Zval number_as_pair(Value v, bool *was_complex) {
    *was_complex = is_complex_instance(v);
    if (*was_complex) {
        return zread(v);
    }
    return zmake(float_value(float_from_obj(v)), 0.0);
}

// complex(real, imag) is real + imag*1j, with either argument possibly a
// complex. Parts are only added when an argument really was complex, so
// signed zeros of plain float arguments survive.
static Value combine(Value real, Value imag) {
    bool real_cx, imag_cx = false;
    Zval r = number_as_pair(real, &real_cx);
    if (imag == VAL_NULL) {
        return zbox(r);
    }
    Zval i = number_as_pair(imag, &imag_cx);
    double re = r.re;
    double im = i.re;
    if (imag_cx) {
        re -= i.im;
    }
    if (real_cx) {
        im += r.im;
    }
    return complex_new(re, im);
}

static Value complex_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(real), false, false, VAL_NULL},
        {NAME(imag), false, false, VAL_NULL},
    };
    Value got[2];
    args_parse("complex", nargs, args, kwnames, 2, spec, got);
    Value real = got[0] == VAL_NULL ? val_from_small_int(0) : got[0];
    Value imag = got[1];
    if (imag == VAL_NULL && val_is_complex(real)) {
        return real;    // immutable: complex(z) may be z itself
    }
    if (obj_isinstance(real, &str_type)) {
        if (imag != VAL_NULL) {
            vm_raise(&exc_TypeError_type, "complex() can't take second arg if first is a string");
        }
        return zbox(zparse_str(obj_native(real)));
    }
    if (imag != VAL_NULL && obj_isinstance(imag, &str_type)) {
        vm_raise(&exc_TypeError_type, "complex() second arg can't be a string");
    }
    if (val_is_obj(real) && type_is_heap(type_of(real))) {
        Value conv = call_special_opt(real, NAME(__complex__), 0, NULL);
        if (conv != VAL_NULL) {
            if (!obj_isinstance(conv, &complex_type)) {
                vm_raise(&exc_TypeError_type, "__complex__ returned non-complex (type %s)",
                         val_type_name(conv));
            }
            real = conv;
        }
    }
    if (!acceptable_number(real)) {
        vm_raise(&exc_TypeError_type,
                 "complex() first argument must be a string or a number, not '%s'",
                 val_type_name(real));
    }
    if (imag != VAL_NULL && !acceptable_number(imag)) {
        vm_raise(&exc_TypeError_type, "complex() second argument must be a number, not '%s'",
                 val_type_name(imag));
    }
    return combine(real, imag);
}

// --- __format__ -----------------------------------------------------------------

// Appends one formatted part: its sign (a '-' from the digits, else the
// `sign` option '+' or ' ' if given), then the digits with `sep` inserted
// every three places of the integer part.
static void emit_part(Vstr *out, const Vstr *num, char sign, char sep) {
    const char *p = num->buf;
    const char *end = num->buf + num->len;
    if (p < end && *p == '-') {
        vstr_add_byte(out, '-');
        p++;
    } else if (sign == '+' || sign == ' ') {
        vstr_add_byte(out, sign);
    }
    const char *int_end = p;
    while (int_end < end && ascii_digit(*int_end)) {
        int_end++;
    }
    for (const char *q = p; q < int_end; q++) {
        size_t left = (size_t)(int_end - q);
        if (sep != 0 && q != p && left % 3 == 0) {
            vstr_add_byte(out, sep);
        }
        vstr_add_byte(out, *q);
    }
    vstr_add_bytes(out, int_end, (size_t)(end - int_end));
}

static void check_spec(const FormatSpec *f) {
    if (f->type != 0 && strchr("eEfFgGn", f->type) == NULL) {
        vm_raise(&exc_ValueError_type, "Unknown format code '%c' for object of type 'complex'",
                 f->type);
    }
    if (f->zero || (f->fill_given && f->fill == '0')) {
        vm_raise(&exc_ValueError_type, "Zero padding is not allowed in complex format specifier");
    }
    if (f->align == '=') {
        vm_raise(&exc_ValueError_type,
                 "'=' alignment flag is not allowed in complex format specifier");
    }
}

static Value zformat(Value self, const char *spec, size_t len) {
    if (len == 0) {
        return obj_str(self);
    }
    FormatSpec f;
    format_parse_spec(spec, len, 0, '>', "complex", &f);
    check_spec(&f);
    Zval z = zread(self);
    // No type letter: repr-like output (parentheses unless the real part
    // is +0, which is then omitted), but a precision switches to 'g'.
    bool bare = f.type == 0;
    bool drop_real = bare && z.re == 0.0 && !signbit(z.re);
    char code = f.type == 'n' ? 'g' : f.type;
    int prec = 6;
    if (bare) {
        code = f.prec >= 0 ? 'g' : 'r';
        prec = 0;
    }
    if (f.prec >= 0) {
        prec = (int)f.prec;
    }
    unsigned flags = (f.alt ? FMT_DTSF_ALT : 0) | (f.no_neg_zero ? FMT_DTSF_NO_NEG_0 : 0);
    Vstr re_txt, im_txt, body;
    vstr_init(&re_txt, 32);
    vstr_init(&im_txt, 32);
    format_double(&re_txt, z.re, code, prec, flags);
    format_double(&im_txt, z.im, code, prec, flags);
    vstr_init(&body, re_txt.len + im_txt.len + 8);
    bool parens = bare && !drop_real;
    if (parens) {
        vstr_add_byte(&body, '(');
    }
    if (!drop_real) {
        emit_part(&body, &re_txt, f.sign, f.grouping);
    }
    emit_part(&body, &im_txt, drop_real ? f.sign : '+', f.grouping);
    vstr_add_byte(&body, 'j');
    if (parens) {
        vstr_add_byte(&body, ')');
    }
    return format_pad(body.buf, body.len, body.len, f.width, f.align ? f.align : '>', f.fill);
}

// --- methods and properties -----------------------------------------------------

static Value complex_real_get(size_t n, const Value *a) {
    (void)n;
    return float_new(zread(a[0]).re);
}

static Value complex_imag_get(size_t n, const Value *a) {
    (void)n;
    return float_new(zread(a[0]).im);
}

static Value complex_conjugate(size_t n, const Value *a) {
    (void)n;
    Zval z = zread(a[0]);
    return complex_new(z.re, -z.im);
}

static Value complex_dunder_complex(size_t n, const Value *a) {
    (void)n;
    return val_is_complex(a[0]) ? a[0] : zbox(zread(a[0]));
}

static Value complex_getnewargs(size_t n, const Value *a) {
    (void)n;
    Zval z = zread(a[0]);
    Value parts[2] = {float_new(z.re), float_new(z.im)};
    return tuple_new(2, parts);
}

static Value complex_dunder_format(size_t n, const Value *a) {
    (void)n;
    if (!val_is_str(a[1])) {
        vm_raise(&exc_TypeError_type, "__format__() argument must be str, not %s",
                 val_type_name(a[1]));
    }
    return zformat(a[0], str_cstr(a[1]), str_len_bytes(a[1]));
}

static BUILTIN_FN(complex_complex_fn, __complex__, 1, 1, complex_dunder_complex);
static BUILTIN_FN(complex_format_fn, __format__, 2, 2, complex_dunder_format);
static BUILTIN_FN(complex_getnewargs_fn, __getnewargs__, 1, 1, complex_getnewargs);
static BUILTIN_FN(complex_conjugate_fn, conjugate, 1, 1, complex_conjugate);
static BUILTIN_FN(complex_real_getter, real, 1, 1, complex_real_get);
static BUILTIN_FN(complex_imag_getter, imag, 1, 1, complex_imag_get);

// real and imag are read-only properties, so dir() lists them and
// assigning to them fails (with the property's message, not CPython's
// "readonly attribute").
static const PropertyObj complex_real_prop = {{&property_type}, OBJ_VAL(&complex_real_getter),
                                              VAL_NONE, VAL_NONE, VAL_NONE};
static const PropertyObj complex_imag_prop = {{&property_type}, OBJ_VAL(&complex_imag_getter),
                                              VAL_NONE, VAL_NONE, VAL_NONE};

// Sorted by name id for the binary search.
static const AttrEntry complex_attrs[] = {
    {NAME(__complex__), OBJ_VAL(&complex_complex_fn)},
    {NAME(__format__), OBJ_VAL(&complex_format_fn)},
    {NAME(__getnewargs__), OBJ_VAL(&complex_getnewargs_fn)},
    {NAME(conjugate), OBJ_VAL(&complex_conjugate_fn)},
    {NAME(imag), OBJ_VAL(&complex_imag_prop)},
    {NAME(real), OBJ_VAL(&complex_real_prop)},
};

const Type complex_type = {
    .base = {&type_type},
    .name = NAME(complex),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = complex_make_new,
    .repr = complex_repr,
    .hash = complex_hash,
    .unary_op = complex_unary_op,
    .binary_op = complex_binary_op,
    .compare = complex_compare,
    .attrs = complex_attrs,
    .nattrs = sizeof(complex_attrs) / sizeof(complex_attrs[0]),
};
