// The complex type, ported from CPython 3.11's Objects/complexobject.c:
// construction (from numbers, __complex__ and strings such as "(1-2j)"),
// the arithmetic (+ - * / ** with ints, floats and complexes on either
// side, CPython's division and power algorithms and their errors), ==/!=
// (no ordering), abs, hash (equal to CPython's), repr/str and __format__.
// Float ** fractional power of a negative base also lands here
// (complex_pow_doubles).
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

typedef struct {
    double re, im;
} Cx;

Value complex_new(double real, double imag) {
    ComplexObj *o = (ComplexObj *)gc_alloc(sizeof(ComplexObj), true);
    o->base.type = &complex_type;
    o->real = real;
    o->imag = imag;
    return OBJ_VAL(o);
}

// The value of a complex or of an instance of a complex subclass.
static Cx cx_of(Value v) {
    if (!val_is_complex(v)) {
        v = obj_native(v);
    }
    ComplexObj *o = (ComplexObj *)VAL_OBJ(v);
    Cx c = {o->real, o->imag};
    return c;
}

static Value cx_value(Cx c) {
    return complex_new(c.re, c.im);
}

// An operand of a binary operator as a complex; false for other types.
static bool cx_operand(Value v, Cx *out) {
    if (val_is_complex(v)) {
        *out = cx_of(v);
        return true;
    }
    out->im = 0.0;
    if (val_is_float(v)) {
        out->re = float_value(v);
        return true;
    }
    if (val_is_small_int(v)) {
        out->re = (double)val_small_int(v);
        return true;
    }
    if (is_type(v, &int_type) || v == VAL_TRUE || v == VAL_FALSE) {
        out->re = int_to_double(v);
        return true;
    }
    return false;
}

// --- arithmetic (CPython's _Py_c_* functions) -----------------------------------

static Cx cx_prod(Cx a, Cx b) {
    Cx r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}

// a / b; *edom set when b is zero.
static Cx cx_quot(Cx a, Cx b, bool *edom) {
    Cx r;
    double abs_breal = b.re < 0 ? -b.re : b.re;
    double abs_bimag = b.im < 0 ? -b.im : b.im;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *edom = true;
            r.re = r.im = 0.0;
        } else {
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        // At least one of b.re, b.im is a NaN.
        r.re = r.im = NAN;
    }
    return r;
}

static Cx cx_pow(Cx a, Cx b, bool *edom) {
    Cx r;
    if (b.re == 0.0 && b.im == 0.0) {
        r.re = 1.0;
        r.im = 0.0;
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) {
            *edom = true;
        }
        r.re = 0.0;
        r.im = 0.0;
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re);
        double at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

static Cx cx_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            r = cx_prod(r, p);
        }
        mask <<= 1;
        p = cx_prod(p, p);
    }
    return r;
}

static Value cx_power(Cx a, Cx b) {
    bool edom = false;
    Cx p;
    // A small integral exponent: repeated squaring, faster and more exact.
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        if (n > 0) {
            p = cx_powu(a, n);
        } else {
            Cx one = {1.0, 0.0};
            p = cx_quot(one, cx_powu(a, -n), &edom);
        }
    } else {
        p = cx_pow(a, b, &edom);
    }
    if (edom) {
        vm_raise(&exc_ZeroDivisionError_type, "0.0 to a negative or complex power");
    }
    if (isinf(p.re) || isinf(p.im)) {
        vm_raise(&exc_OverflowError_type, "complex exponentiation");
    }
    return cx_value(p);
}

Value complex_pow_doubles(double a, double b) {
    Cx x = {a, 0.0}, y = {b, 0.0};
    return cx_power(x, y);
}

Value complex_binary_op(int op, Value a, Value b) {
    op &= ~BINOP_INPLACE;
    Cx x, y;
    if (!(val_is_complex(a) || val_is_complex(b)) || !cx_operand(a, &x) || !cx_operand(b, &y)) {
        return VAL_NULL;
    }
    Cx r;
    switch (op) {
        case BINOP_ADD:
            r.re = x.re + y.re;
            r.im = x.im + y.im;
            break;
        case BINOP_SUB:
            r.re = x.re - y.re;
            r.im = x.im - y.im;
            break;
        case BINOP_MUL:
            r = cx_prod(x, y);
            break;
        case BINOP_TRUEDIV: {
            bool edom = false;
            r = cx_quot(x, y, &edom);
            if (edom) {
                vm_raise(&exc_ZeroDivisionError_type, "complex division by zero");
            }
            break;
        }
        case BINOP_POW:
            return cx_power(x, y);
        default:
            return VAL_NULL;
    }
    return cx_value(r);
}

static double cx_abs(Cx c) {
    if (isinf(c.re) || isinf(c.im)) {
        return INFINITY;
    }
    if (isnan(c.re) || isnan(c.im)) {
        return NAN;
    }
    double r = hypot(c.re, c.im);
    if (isinf(r)) {
        vm_raise(&exc_OverflowError_type, "absolute value too large");
    }
    return r;
}

static Value complex_unary_op(int op, Value a) {
    Cx c = cx_of(a);
    switch (op) {
        case UNOP_NEG:
            return complex_new(-c.re, -c.im);
        case UNOP_POS:
            return val_is_complex(a) ? a : cx_value(c);
        case UNOP_ABS:
            return float_new(cx_abs(c));
        case UNOP_BOOL:
            return val_bool(c.re != 0.0 || c.im != 0.0);
        default:
            return VAL_NULL;
    }
}

// Only == and != exist; an int is compared exactly with the real part.
static Value complex_compare(int op, Value a, Value b) {
    if (op != CMP_EQ && op != CMP_NE) {
        return VAL_NOTIMPL;
    }
    Cx x = cx_of(a);
    bool equal;
    if (val_is_small_int(b) || is_type(b, &int_type) || b == VAL_TRUE || b == VAL_FALSE) {
        if (x.im != 0.0) {
            equal = false;
        } else {
            equal = obj_eq(float_new(x.re), b);
        }
    } else if (val_is_float(b)) {
        equal = x.re == float_value(b) && x.im == 0.0;
    } else if (val_is_complex(b)) {
        Cx y = cx_of(b);
        equal = x.re == y.re && x.im == y.im;
    } else {
        return VAL_NOTIMPL;
    }
    return val_bool(op == CMP_EQ ? equal : !equal);
}

// --- hash ------------------------------------------------------------------------

// hash(x) for one part; NaNs hash by the object's identity (CPython 3.10+).
static uintptr_t part_hash(double d, Value self) {
    if (isnan(d)) {
        uintptr_t y = (uintptr_t)self;
        y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
        return y == (uintptr_t)-1 ? (uintptr_t)-2 : y;
    }
    return float_hash(d);
}

static Value complex_hash(Value self) {
    Cx c = cx_of(self);
    uintptr_t h = part_hash(c.re, self) + (uintptr_t)1000003 * part_hash(c.im, self);
    if (h == (uintptr_t)-1) {
        h = (uintptr_t)-2;
    }
    intptr_t s = (intptr_t)h;
    return small_int_fits(s) ? val_from_small_int(s) : int_from_i64((int64_t)s);
}

// --- text ------------------------------------------------------------------------

static Value complex_repr(Value self) {
    Cx c = cx_of(self);
    Vstr out;
    vstr_init(&out, 48);
    if (c.re == 0.0 && !signbit(c.re)) {
        // A real part of +0 is left out, and so are the parentheses.
        format_double(&out, c.im, 'r', 0, 0);
        vstr_add_byte(&out, 'j');
    } else {
        vstr_add_byte(&out, '(');
        format_double(&out, c.re, 'r', 0, 0);
        format_double(&out, c.im, 'r', 0, FMT_DTSF_SIGN);
        vstr_add_cstr(&out, "j)");
    }
    return vstr_to_str(&out);
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static bool ci_prefix(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    if (len < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The longest prefix of s that is a float (as CPython's
// PyOS_string_to_double with an end pointer); returns its length, 0 if
// there is none.
static size_t scan_float(const char *s, size_t len, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    size_t digits = 0;
    while (i < len && is_digit(s[i])) {
        i++;
        digits++;
    }
    if (i < len && s[i] == '.') {
        i++;
        while (i < len && is_digit(s[i])) {
            i++;
            digits++;
        }
    }
    if (digits == 0) {
        size_t b = (s[0] == '+' || s[0] == '-') ? 1 : 0;
        if (ci_prefix(s + b, len - b, "inf")) {
            *out = neg ? -INFINITY : INFINITY;
            return b + (ci_prefix(s + b, len - b, "infinity") ? 8 : 3);
        }
        if (ci_prefix(s + b, len - b, "nan")) {
            *out = neg ? -NAN : NAN;
            return b + 3;
        }
        return 0;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < len && (s[j] == '+' || s[j] == '-')) {
            j++;
        }
        if (j < len && is_digit(s[j])) {
            while (j < len && is_digit(s[j])) {
                j++;
            }
            i = j;
        }
    }
    if (!fpconv_parse(s, i, out)) {
        return 0;
    }
    return i;
}

static _Noreturn void malformed(void) {
    vm_raise(&exc_ValueError_type, "complex() arg is a malformed string");
}

// complex(str): CPython's complex_from_string_inner on ASCII text.
static Cx parse_complex_text(const char *s, size_t len) {
    double x = 0.0, y = 0.0, z;
    size_t i = 0;
    bool bracket = false;
    while (i < len && is_space(s[i])) {
        i++;
    }
    if (i < len && s[i] == '(') {
        bracket = true;
        i++;
        while (i < len && is_space(s[i])) {
            i++;
        }
    }
    size_t n = scan_float(s + i, len - i, &z);
    if (n > 0) {
        i += n;
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            // <float><signed-float>j or <float><sign>j
            x = z;
            n = scan_float(s + i, len - i, &y);
            if (n > 0) {
                i += n;
            } else {
                y = s[i] == '+' ? 1.0 : -1.0;
                i++;
            }
            if (!(i < len && (s[i] == 'j' || s[i] == 'J'))) {
                malformed();
            }
            i++;
        } else if (i < len && (s[i] == 'j' || s[i] == 'J')) {
            i++;
            y = z;
        } else {
            x = z;
        }
    } else {
        // <sign>j or j
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            y = s[i] == '+' ? 1.0 : -1.0;
            i++;
        } else {
            y = 1.0;
        }
        if (!(i < len && (s[i] == 'j' || s[i] == 'J'))) {
            malformed();
        }
        i++;
    }
    while (i < len && is_space(s[i])) {
        i++;
    }
    if (bracket) {
        if (!(i < len && s[i] == ')')) {
            malformed();
        }
        i++;
        while (i < len && is_space(s[i])) {
            i++;
        }
    }
    if (i != len) {
        malformed();
    }
    Cx c = {x, y};
    return c;
}

static Cx complex_from_str(Value str) {
    const char *s = str_cstr(str);
    size_t len = str_len_bytes(str);
    char small[64];
    char *a = len <= sizeof small ? small : (char *)gc_alloc(len, true);
    size_t n = fpconv_ascii_numeric(s, len, a);
    if (memchr(a, '_', n) == NULL) {
        return parse_complex_text(a, n);
    }
    // Underscores only between digits (_Py_string_to_number_with_underscores).
    char *b = (char *)gc_alloc(n + 1, true);
    size_t m = 0;
    char prev = 0;
    for (size_t i = 0; i < n; i++) {
        char c = a[i];
        if (c == '_') {
            if (!is_digit(prev)) {
                goto bad;
            }
        } else {
            b[m++] = c;
            if (prev == '_' && !is_digit(c)) {
                goto bad;
            }
        }
        prev = c;
    }
    if (prev == '_') {
        goto bad;
    }
    return parse_complex_text(b, m);
bad:
    vm_raise(&exc_ValueError_type, "could not convert string to complex: %R", str);
}

// A number argument of complex(): a complex (is_cx) or a double.
static bool number_arg(Value v, Cx *out) {
    if (val_is_complex(v) || (val_is_obj(v) && type_is_heap(type_of(v)) &&
                              type_is_subtype(type_of(v), &complex_type))) {
        *out = cx_of(v);
        return true;
    }
    out->re = float_value(float_from_obj(v));
    out->im = 0.0;
    return false;
}

static bool is_number(Value v) {
    if (val_is_complex(v) || val_is_float(v) || int_coerce(v) != VAL_NULL) {
        return true;
    }
    const Type *t = type_of(v);
    if (!type_is_heap(t)) {
        return false;
    }
    if (t->native_base == &complex_type || t->native_base == &float_type ||
        t->native_base == &int_type || t->native_base == &bool_type) {
        return true;
    }
    return type_lookup(t, NAME(__float__)) != VAL_NULL ||
           type_lookup(t, NAME(__index__)) != VAL_NULL;
}

static Value complex_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(real), false, false, VAL_NULL},
        {NAME(imag), false, false, VAL_NULL},
    };
    Value a[2];
    args_parse("complex", nargs, args, kwnames, 2, spec, a);
    Value r = a[0], i = a[1];
    if (r == VAL_NULL) {
        r = val_from_small_int(0);
    }
    if (val_is_complex(r) && i == VAL_NULL) {
        return r;
    }
    if (val_is_str(r) || (val_is_obj(r) && obj_isinstance(r, &str_type))) {
        if (i != VAL_NULL) {
            vm_raise(&exc_TypeError_type, "complex() can't take second arg if first is a string");
        }
        return cx_value(complex_from_str(obj_native(r)));
    }
    if (i != VAL_NULL && obj_isinstance(i, &str_type)) {
        vm_raise(&exc_TypeError_type, "complex() second arg can't be a string");
    }
    if (val_is_obj(r) && type_is_heap(type_of(r))) {
        Value c = call_special_opt(r, NAME(__complex__), 0, NULL);
        if (c != VAL_NULL) {
            if (!obj_isinstance(c, &complex_type)) {
                vm_raise(&exc_TypeError_type, "__complex__ returned non-complex (type %s)",
                         val_type_name(c));
            }
            r = c;
        }
    }
    if (!is_number(r)) {
        vm_raise(&exc_TypeError_type,
                 "complex() first argument must be a string or a number, not '%s'",
                 val_type_name(r));
    }
    if (i != VAL_NULL && !is_number(i)) {
        vm_raise(&exc_TypeError_type, "complex() second argument must be a number, not '%s'",
                 val_type_name(i));
    }
    Cx cr, ci = {0.0, 0.0};
    bool cr_is_complex = number_arg(r, &cr);
    bool ci_is_complex = false;
    if (i == VAL_NULL) {
        ci.re = cr.im;
    } else {
        ci_is_complex = number_arg(i, &ci);
    }
    // The parts may themselves be complex: real + imag*1j.
    if (ci_is_complex) {
        cr.re -= ci.im;
    }
    if (cr_is_complex && i != VAL_NULL) {
        ci.re += cr.im;
    }
    return complex_new(cr.re, ci.re);
}

// .real and .imag: read-only properties, so dir() and the type show them.
static Value complex_real_m(size_t n, const Value *a) {
    (void)n;
    return float_new(cx_of(a[0]).re);
}

static Value complex_imag_m(size_t n, const Value *a) {
    (void)n;
    return float_new(cx_of(a[0]).im);
}

// --- format ---------------------------------------------------------------------

// Appends a formatted part: sign (per `sign`: '+', ' ' or 0) then the body
// of `num` (no leading '-') with thousands separators in its integer digits.
static void add_part(Vstr *out, const char *num, size_t n, char sign, char grouping) {
    if (n > 0 && num[0] == '-') {
        vstr_add_byte(out, '-');
        num++;
        n--;
    } else if (sign == '+' || sign == ' ') {
        vstr_add_byte(out, sign);
    }
    size_t digits = 0;
    while (digits < n && is_digit(num[digits])) {
        digits++;
    }
    for (size_t i = 0; i < digits; i++) {
        if (grouping && i > 0 && (digits - i) % 3 == 0) {
            vstr_add_byte(out, grouping);
        }
        vstr_add_byte(out, num[i]);
    }
    vstr_add_bytes(out, num + digits, n - digits);
}

static Value complex_format_spec(Value self, const char *spec, size_t len) {
    if (len == 0) {
        return obj_str(self);
    }
    FormatSpec f;
    format_parse_spec(spec, len, 0, '>', "complex", &f);
    switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
            break;
        default:
            vm_raise(&exc_ValueError_type, "Unknown format code '%c' for object of type 'complex'",
                     f.type);
    }
    if (f.zero || (f.fill_given && f.fill == '0')) {
        vm_raise(&exc_ValueError_type, "Zero padding is not allowed in complex format specifier");
    }
    if (f.align == '=') {
        vm_raise(&exc_ValueError_type,
                 "'=' alignment flag is not allowed in complex format specifier");
    }
    Cx c = cx_of(self);
    char type = f.type;
    int prec = 6;
    bool skip_re = false, parens = false;
    if (type == 0) {
        type = 'r';
        prec = 0;
        if (c.re == 0.0 && !signbit(c.re)) {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if (type == 'n') {
        type = 'g';
    }
    if (f.prec >= 0) {
        prec = (int)f.prec;
        if (type == 'r') {
            type = 'g';
        }
    }
    unsigned flags = (f.alt ? FMT_DTSF_ALT : 0) | (f.no_neg_zero ? FMT_DTSF_NO_NEG_0 : 0);
    Vstr re, im, body;
    vstr_init(&re, 32);
    vstr_init(&im, 32);
    format_double(&re, c.re, type, prec, flags);
    format_double(&im, c.im, type, prec, flags);
    vstr_init(&body, re.len + im.len + 8);
    if (parens) {
        vstr_add_byte(&body, '(');
    }
    if (!skip_re) {
        add_part(&body, re.buf, re.len, f.sign, f.grouping);
    }
    add_part(&body, im.buf, im.len, skip_re ? f.sign : '+', f.grouping);
    vstr_add_byte(&body, 'j');
    if (parens) {
        vstr_add_byte(&body, ')');
    }
    return format_pad(body.buf, body.len, body.len, f.width, f.align ? f.align : '>', f.fill);
}

// --- methods -----------------------------------------------------------------------

static Value complex_conjugate_m(size_t n, const Value *a) {
    (void)n;
    Cx c = cx_of(a[0]);
    return complex_new(c.re, -c.im);
}

static Value complex_complex_m(size_t n, const Value *a) {
    (void)n;
    return val_is_complex(a[0]) ? a[0] : cx_value(cx_of(a[0]));
}

static Value complex_getnewargs_m(size_t n, const Value *a) {
    (void)n;
    Cx c = cx_of(a[0]);
    Value items[2] = {float_new(c.re), float_new(c.im)};
    return tuple_new(2, items);
}

static Value complex_format_m(size_t n, const Value *a) {
    (void)n;
    if (!val_is_str(a[1])) {
        vm_raise(&exc_TypeError_type, "__format__() argument must be str, not %s",
                 val_type_name(a[1]));
    }
    return complex_format_spec(a[0], str_cstr(a[1]), str_len_bytes(a[1]));
}

static BUILTIN_FN(complex_complex_obj, __complex__, 1, 1, complex_complex_m);
static BUILTIN_FN(complex_format_obj, __format__, 2, 2, complex_format_m);
static BUILTIN_FN(complex_getnewargs_obj, __getnewargs__, 1, 1, complex_getnewargs_m);
static BUILTIN_FN(complex_conjugate_obj, conjugate, 1, 1, complex_conjugate_m);

static BUILTIN_FN(complex_real_fn, real, 1, 1, complex_real_m);
static BUILTIN_FN(complex_imag_fn, imag, 1, 1, complex_imag_m);
static const PropertyObj complex_real_obj = {{&property_type}, OBJ_VAL(&complex_real_fn), VAL_NONE,
                                             VAL_NONE, VAL_NONE};
static const PropertyObj complex_imag_obj = {{&property_type}, OBJ_VAL(&complex_imag_fn), VAL_NONE,
                                             VAL_NONE, VAL_NONE};

static const AttrEntry complex_attrs[] = {
    {NAME(__complex__), OBJ_VAL(&complex_complex_obj)},
    {NAME(__format__), OBJ_VAL(&complex_format_obj)},
    {NAME(__getnewargs__), OBJ_VAL(&complex_getnewargs_obj)},
    {NAME(conjugate), OBJ_VAL(&complex_conjugate_obj)},
    {NAME(imag), OBJ_VAL(&complex_imag_obj)},
    {NAME(real), OBJ_VAL(&complex_real_obj)},
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
