// The float type: IEEE doubles with CPython's semantics — arithmetic with
// ints (exact comparison, correctly rounded conversions), floor division
// and modulo with the sign of the divisor, pow's special cases, the
// shortest round-trip repr, hashing equal to int hashes for equal values,
// float() from strings (inf/nan, underscores, Unicode digits), and the
// methods (hex/fromhex, as_integer_ratio, is_integer, __round__, ...).
#include <float.h>
#include <math.h>
#include <string.h>
#include "bigint.h"
#include "format.h"
#include "fpconv.h"
#include "obj_complex.h"
#include "obj_float.h"
#include "obj_int.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

Value float_new(double d) {
    FloatObj *o = (FloatObj *)gc_alloc(sizeof(FloatObj), true);
    o->base.type = &float_type;
    o->value = d;
    return OBJ_VAL(o);
}

double float_value(Value v) {
    return ((FloatObj *)VAL_OBJ(v))->value;
}

bool obj_to_double(Value v, double *out) {
    if (val_is_float(v)) {
        *out = float_value(v);
        return true;
    }
    Value i = int_coerce(v);
    if (i != VAL_NULL) {
        *out = int_to_double(i);
        return true;
    }
    if (val_is_obj(v) && type_is_heap(VAL_OBJ(v)->type)) {
        Value n = obj_native(v);
        if (val_is_float(n)) {
            *out = float_value(n);
            return true;
        }
    }
    return false;
}

// PyFloat_AsDouble: floats, ints, __float__, __index__.
double obj_get_double(Value v) {
    if (val_is_float(v)) {
        return float_value(v);
    }
    if (val_is_small_int(v)) {
        return (double)val_small_int(v);
    }
    if (!type_is_heap(type_of(v))) {
        Value i = int_coerce(v);
        if (i == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "must be real number, not %s", val_type_name(v));
        }
        return int_to_double(i);
    }
    Value r = call_special_opt(v, NAME(__float__), 0, NULL);
    if (r != VAL_NULL) {
        Value f = obj_native(r);
        if (!val_is_float(f)) {
            vm_raise(&exc_TypeError_type, "%s.__float__ returned non-float (type %s)",
                     val_type_name(v), val_type_name(r));
        }
        return float_value(f);
    }
    r = call_special_opt(v, NAME(__index__), 0, NULL);
    if (r != VAL_NULL) {
        Value i = int_coerce(r);
        if (i == VAL_NULL) {
            vm_raise(&exc_TypeError_type, "__index__ returned non-int (type %s)",
                     val_type_name(r));
        }
        return int_to_double(i);
    }
    double d;
    if (obj_to_double(v, &d)) {
        return d;
    }
    vm_raise(&exc_TypeError_type, "must be real number, not %s", val_type_name(v));
}

// --- text ------------------------------------------------------------------

Value float_repr_value(double d) {
    Vstr out;
    vstr_init(&out, 32);
    format_double(&out, d, 'r', 0, FMT_DTSF_ADD_DOT_0);
    return vstr_to_str(&out);
}

static bool ascii_eq_ci(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    if (len != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

// Parses ASCII text as float() does; false if invalid.
static bool parse_float_text(const char *s, size_t len, double *out) {
    while (len > 0 && is_space(*s)) {
        s++;
        len--;
    }
    while (len > 0 && is_space(s[len - 1])) {
        len--;
    }
    const char *body = s;
    size_t blen = len;
    bool neg = false;
    if (blen > 0 && (body[0] == '+' || body[0] == '-')) {
        neg = body[0] == '-';
        body++;
        blen--;
    }
    if (ascii_eq_ci(body, blen, "inf") || ascii_eq_ci(body, blen, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (ascii_eq_ci(body, blen, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    if (memchr(s, '_', len) == NULL) {
        return fpconv_parse(s, len, out);
    }
    // Underscores only between digits; drop them.
    char small[64];
    char *buf = len <= sizeof small ? small : (char *)gc_alloc(len, true);
    size_t n = 0;
    char prev = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9')) {
                return false;
            }
        } else {
            if (prev == '_' && !(c >= '0' && c <= '9')) {
                return false;
            }
            buf[n++] = c;
        }
        prev = c;
    }
    if (prev == '_') {
        return false;
    }
    return fpconv_parse(buf, n, out);
}

Value float_from_str(const char *s, size_t len) {
    char small[64];
    char *a = len <= sizeof small ? small : (char *)gc_alloc(len, true);
    size_t n = fpconv_ascii_numeric(s, len, a);
    double d;
    if (!parse_float_text(a, n, &d)) {
        vm_raise(&exc_ValueError_type, "could not convert string to float: %R", str_new(s, len));
    }
    return float_new(d);
}

Value float_from_obj(Value x) {
    if (val_is_float(x)) {
        return x;
    }
    if (val_is_small_int(x)) {
        return float_new((double)val_small_int(x));
    }
    if (type_is_heap(type_of(x))) {
        Value r = call_special_opt(x, NAME(__float__), 0, NULL);
        if (r != VAL_NULL) {
            Value f = obj_native(r);
            if (!val_is_float(f)) {
                vm_raise(&exc_TypeError_type, "%s.__float__ returned non-float (type %s)",
                         val_type_name(x), val_type_name(r));
            }
            return float_new(float_value(f));
        }
        if (call_special_opt(x, NAME(__index__), 0, NULL) != VAL_NULL) {
            return float_new(int_to_double(int_index_value(x)));
        }
        x = obj_native(x);
        if (val_is_float(x)) {
            return float_new(float_value(x));
        }
    }
    Value i = int_coerce(x);
    if (i != VAL_NULL) {
        return float_new(int_to_double(i));
    }
    if (val_is_str(x)) {
        return float_from_str(str_cstr(x), str_len_bytes(x));
    }
    const uint8_t *data;
    size_t len;
    if (obj_get_buffer(x, &data, &len)) {
        double d;
        if (!parse_float_text((const char *)data, len, &d)) {
            vm_raise(&exc_ValueError_type, "could not convert string to float: %R",
                     bytes_new(data, len));
        }
        return float_new(d);
    }
    vm_raise(&exc_TypeError_type, "float() argument must be a string or a real number, not '%s'",
             val_type_name(x));
}

// --- hash -------------------------------------------------------------------

#if UINTPTR_MAX > 0xFFFFFFFFu
#define HASH_BITS 61
#else
#define HASH_BITS 31
#endif
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

uintptr_t float_hash(double v) {
    if (isinf(v)) {
        return (uintptr_t)(v > 0 ? HASH_INF : -HASH_INF);
    }
    if (isnan(v)) {
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) {
            x -= HASH_MOD;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    intptr_t h = (intptr_t)x * sign;
    if (h == -1) {
        h = -2;
    }
    return (uintptr_t)h;
}

static Value float_hash_slot(Value self) {
    double d = float_value(self);
    if (isnan(d)) {
        // As CPython 3.10+: NaNs hash by identity.
        uintptr_t y = (uintptr_t)self;
        y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
        intptr_t h = (intptr_t)y;
        return val_from_small_int(h == -1 ? -2 : h);
    }
    return val_from_small_int((intptr_t)float_hash(d));
}

// --- arithmetic ---------------------------------------------------------------

static bool is_odd_integer(double x) {
    return fmod(fabs(x), 2.0) == 1.0;
}

static _Noreturn void raise_range_error(void) {
    Value args[2] = {val_from_small_int(34), str_new_cstr("Numerical result out of range")};
    vm_raise_obj(exc_new(&exc_OverflowError_type, 2, args));
}

double float_pow_double(double iv, double iw) {
    if (iw == 0) {
        return 1.0;
    }
    if (isnan(iv)) {
        return iv;
    }
    if (isnan(iw)) {
        return iv == 1.0 ? 1.0 : iw;
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) {
            return 1.0;
        }
        if ((iw > 0.0) == (iv > 1.0)) {
            return fabs(iw);
        }
        return 0.0;
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) {
            return odd ? iv : fabs(iv);
        }
        return odd ? copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) {
            vm_raise(&exc_ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
        }
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            // The operator returns a complex (float_binary_op); direct callers get this.
            vm_raise(&exc_ValueError_type,
                     "negative number cannot be raised to a fractional power");
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        return negate ? -1.0 : 1.0;
    }
    double ix = pow(iv, iw);
    if (isinf(ix)) {
        raise_range_error();
    }
    return negate ? -ix : ix;
}

static void float_divmod_d(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) {
            fd += 1.0;
        }
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

// The double of a float/int/bool operand; false for other types.
static bool operand(Value v, double *out) {
    if (val_is_float(v)) {
        *out = float_value(v);
        return true;
    }
    if (val_is_small_int(v)) {
        *out = (double)val_small_int(v);
        return true;
    }
    if (is_type(v, &int_type) || v == VAL_TRUE || v == VAL_FALSE) {
        *out = int_to_double(v);
        return true;
    }
    return false;
}

Value float_binary_op(int op, Value a, Value b) {
    op &= ~BINOP_INPLACE;
    if (op == BINOP_MATMUL || op >= BINOP_LSHIFT) {
        return VAL_NULL;
    }
    double x, y;
    if (!operand(a, &x) || !operand(b, &y)) {
        return VAL_NULL;
    }
    double r, m;
    switch (op) {
        case BINOP_ADD:
            r = x + y;
            break;
        case BINOP_SUB:
            r = x - y;
            break;
        case BINOP_MUL:
            r = x * y;
            break;
        case BINOP_TRUEDIV:
            if (y == 0.0) {
                vm_raise(&exc_ZeroDivisionError_type, "float division by zero");
            }
            r = x / y;
            break;
        case BINOP_FLOORDIV:
            if (y == 0.0) {
                vm_raise(&exc_ZeroDivisionError_type, "float floor division by zero");
            }
            float_divmod_d(x, y, &r, &m);
            break;
        case BINOP_MOD:
            if (y == 0.0) {
                vm_raise(&exc_ZeroDivisionError_type, "float modulo");
            }
            m = fmod(x, y);
            if (m) {
                if ((y < 0) != (m < 0)) {
                    m += y;
                }
            } else {
                m = copysign(0.0, y);
            }
            r = m;
            break;
        case BINOP_POW:
            if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y)) {
                return complex_pow_doubles(x, y);   // a complex result, as CPython
            }
            r = float_pow_double(x, y);
            break;
        default:
            return VAL_NULL;
    }
    return float_new(r);
}

static Value float_unary_op(int op, Value a) {
    double d = float_value(a);
    switch (op) {
        case UNOP_NEG:
            return float_new(-d);
        case UNOP_POS:
            return a;
        case UNOP_ABS:
            return float_new(fabs(d));
        case UNOP_BOOL:
            return val_bool(d != 0.0);
        default:
            return VAL_NULL;
    }
}

static Value float_compare(int op, Value a, Value b) {
    double x = float_value(a);
    if (val_is_float(b)) {
        double y = float_value(b);
        switch (op) {
            case CMP_LT: return val_bool(x < y);
            case CMP_LE: return val_bool(x <= y);
            case CMP_EQ: return val_bool(x == y);
            case CMP_NE: return val_bool(x != y);
            case CMP_GT: return val_bool(x > y);
            default: return val_bool(x >= y);
        }
    }
    Value i = int_coerce(b);
    if (i == VAL_NULL || !(val_is_small_int(b) || is_type(b, &int_type) || b == VAL_TRUE ||
                           b == VAL_FALSE)) {
        return VAL_NOTIMPL;
    }
    if (isnan(x)) {
        return val_bool(op == CMP_NE);
    }
    return obj_cmp_result(op, -int_cmp_double(i, x));
}

static Value float_repr(Value self) {
    return float_repr_value(float_value(self));
}

static Value float_getattr(Value self, Value name) {
    if (name == NAME(real)) {
        return val_is_float(self) ? self : float_new(float_value(obj_native(self)));
    }
    if (name == NAME(imag)) {
        return float_new(0.0);
    }
    return VAL_NULL;
}

static Value float_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    args_no_kw("float", kwnames);
    if (nargs > 1) {
        vm_raise(&exc_TypeError_type, "float expected at most 1 argument, got %zu", nargs);
    }
    if (nargs == 0) {
        return float_new(0.0);
    }
    return float_from_obj(args[0]);
}

// --- rounding ------------------------------------------------------------------

double float_round_digits(double x, intptr_t ndigits) {
    // Beyond these, rounding is the identity or gives zero (CPython's
    // NDIGITS_MAX / NDIGITS_MIN).
    if (!isfinite(x) || ndigits > 323) {
        return x;
    }
    if (ndigits < -308) {
        return 0.0 * x;
    }
    char small[72];
    char *buf = small;
    int decpt;
    double a = fabs(x);
    if (a != 0.0 && fpconv_digits_bound(a, true, (int)ndigits) + 24 >= (int)sizeof small) {
        buf = (char *)gc_alloc(FPCONV_MAX_DIGITS + 24, true);
    }
    int n = a == 0.0 ? 0 : fpconv_fixed(a, (int)ndigits, buf + 2, &decpt);
    if (n == 0) {
        return copysign(0.0, x);
    }
    // "0.DIGITSe<decpt>" read back exactly.
    buf[0] = '0';
    buf[1] = '.';
    size_t len = 2 + (size_t)n;
    buf[len++] = 'e';
    len += fmt_int(buf + len, decpt);
    double r;
    fpconv_parse(buf, len, &r);
    if (isinf(r)) {
        vm_raise(&exc_OverflowError_type, "rounded value too large to represent");
    }
    return copysign(r, x);
}

static double self_double(Value v) {
    return val_is_float(v) ? float_value(v) : float_value(obj_native(v));
}

static Value float_round_m(size_t n, const Value *a) {
    double x = self_double(a[0]);
    if (n == 1 || a[1] == VAL_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5) {
            r = 2.0 * round(x / 2.0);   // halfway: to even
        }
        return int_from_double(r);
    }
    Value nd = int_index_value(a[1]);
    int64_t k;
    if (!int_to_i64(nd, &k)) {
        k = int_sign(nd) < 0 ? -100000 : 100000;
    }
    if (k > 100000) {
        k = 100000;
    } else if (k < -100000) {
        k = -100000;
    }
    return float_new(float_round_digits(x, (intptr_t)k));
}

static Value float_trunc_m(size_t n, const Value *a) {
    (void)n;
    return int_from_double(self_double(a[0]));
}

static Value float_floor_m(size_t n, const Value *a) {
    (void)n;
    return int_from_double(floor(self_double(a[0])));
}

static Value float_ceil_m(size_t n, const Value *a) {
    (void)n;
    return int_from_double(ceil(self_double(a[0])));
}

static Value float_float_m(size_t n, const Value *a) {
    (void)n;
    return float_new(self_double(a[0]));
}

static Value float_is_integer_m(size_t n, const Value *a) {
    (void)n;
    double x = self_double(a[0]);
    return val_bool(isfinite(x) && floor(x) == x);
}

static Value float_as_integer_ratio_m(size_t n, const Value *a) {
    (void)n;
    double x = self_double(a[0]);
    if (isinf(x)) {
        vm_raise(&exc_OverflowError_type, "cannot convert Infinity to integer ratio");
    }
    if (isnan(x)) {
        vm_raise(&exc_ValueError_type, "cannot convert NaN to integer ratio");
    }
    int e;
    double fp = frexp(x, &e);
    for (int i = 0; i < 300 && fp != floor(fp); i++) {
        fp *= 2.0;
        e--;
    }
    Value num = int_from_double(fp), den = val_from_small_int(1);
    if (e > 0) {
        num = int_lshift(num, (size_t)e);
    } else {
        den = int_lshift(den, (size_t)-e);
    }
    Value items[2] = {num, den};
    return tuple_new(2, items);
}

static Value float_hex_m(size_t n, const Value *a) {
    (void)n;
    double x = self_double(a[0]);
    if (isnan(x) || isinf(x)) {
        return float_repr_value(x);
    }
    Vstr out;
    vstr_init(&out, 32);
    if (x == 0.0) {
        vstr_add_cstr(&out, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
        return vstr_to_str(&out);
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hexd[] = "0123456789abcdef";
    if (x < 0) {
        vstr_add_byte(&out, '-');
    }
    vstr_add_cstr(&out, "0x");
    vstr_add_byte(&out, hexd[(int)m]);
    m -= (int)m;
    vstr_add_byte(&out, '.');
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        vstr_add_byte(&out, hexd[(int)m]);
        m -= (int)m;
    }
    vstr_add_byte(&out, 'p');
    vstr_add_byte(&out, e < 0 ? '-' : '+');
    char tmp[24];
    size_t k = fmt_uint(tmp, (uint64_t)(e < 0 ? -e : e), 10, false);
    vstr_add_bytes(&out, tmp, k);
    return vstr_to_str(&out);
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

static _Noreturn void bad_hex(void) {
    vm_raise(&exc_ValueError_type, "invalid hexadecimal floating-point string");
}

static double parse_hex_float(const char *s, size_t len) {
    while (len > 0 && is_space(*s)) {
        s++;
        len--;
    }
    while (len > 0 && is_space(s[len - 1])) {
        len--;
    }
    bool neg = false;
    size_t i = 0;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    if (ascii_eq_ci(s + i, len - i, "inf") || ascii_eq_ci(s + i, len - i, "infinity")) {
        return neg ? -INFINITY : INFINITY;
    }
    if (ascii_eq_ci(s + i, len - i, "nan")) {
        return neg ? -NAN : NAN;
    }
    if (i + 1 < len && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
        i += 2;
    }
    uint8_t *dig = (uint8_t *)gc_alloc(len + 1, true);
    size_t nd = 0;
    long frac = 0;
    bool any = false, point = false;
    for (; i < len; i++) {
        if (s[i] == '.') {
            if (point) {
                bad_hex();
            }
            point = true;
            continue;
        }
        int h = hex_digit(s[i]);
        if (h < 0) {
            break;
        }
        any = true;
        if (nd == 0 && h == 0) {
            frac += point;
            continue;
        }
        dig[nd++] = (uint8_t)h;
        frac += point;
    }
    if (!any) {
        bad_hex();
    }
    long exp = 0;
    if (i < len && (s[i] | 0x20) == 'p') {
        i++;
        bool eneg = false;
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            eneg = s[i] == '-';
            i++;
        }
        if (i >= len || s[i] < '0' || s[i] > '9') {
            bad_hex();
        }
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
            if (exp < 100000000) {
                exp = exp * 10 + (s[i] - '0');
            }
        }
        if (eneg) {
            exp = -exp;
        }
    }
    if (i != len) {
        bad_hex();
    }
    if (nd == 0) {
        return neg ? -0.0 : 0.0;
    }
    exp -= 4 * frac;
    // value = D * 2**exp, D the hex digits: exact ratio, correctly rounded.
    size_t cap = bn_from_digits_size(nd, 16);
    Limb *d = bn_alloc(cap);
    size_t dn = bn_from_digits(d, dig, nd, 16);
    long top = (long)bn_bit_length(d, dn) + exp;   // value < 2**top
    if (top > DBL_MAX_EXP + 1) {
        vm_raise(&exc_OverflowError_type, "hexadecimal value too large to represent as a float");
    }
    double r;
    bool overflow = false;
    if (top < DBL_MIN_EXP - DBL_MANT_DIG - 2) {
        r = 0.0;
    } else if (exp >= 0) {
        size_t ls = (size_t)exp;
        Limb *n = bn_alloc(dn + ls / LIMB_BITS + 1);
        n[dn + ls / LIMB_BITS] = bn_lshift(n + ls / LIMB_BITS, d, dn, (unsigned)(ls % LIMB_BITS));
        Limb one = 1;
        r = bn_ratio_to_double(n, dn + ls / LIMB_BITS + 1, &one, 1, &overflow);
    } else {
        size_t rs = (size_t)-exp;
        Limb *den = bn_alloc(rs / LIMB_BITS + 1);
        den[rs / LIMB_BITS] = (Limb)1 << (rs % LIMB_BITS);
        r = bn_ratio_to_double(d, dn, den, rs / LIMB_BITS + 1, &overflow);
    }
    if (overflow) {
        vm_raise(&exc_OverflowError_type, "hexadecimal value too large to represent as a float");
    }
    return neg ? -r : r;
}

static Value float_fromhex_m(size_t n, const Value *a) {
    (void)n;
    Value s = a[1];
    if (!val_is_str(s)) {
        vm_raise(&exc_TypeError_type, "fromhex() argument must be str, not %s", val_type_name(s));
    }
    Value r = float_new(parse_hex_float(str_cstr(s), str_len_bytes(s)));
    if (a[0] != OBJ_VAL(&float_type)) {
        return obj_call1(a[0], r);
    }
    return r;
}

static Value float_format_m(size_t n, const Value *a) {
    (void)n;
    if (!val_is_str(a[1])) {
        vm_raise(&exc_TypeError_type, "__format__() argument must be str, not %s",
                 val_type_name(a[1]));
    }
    Value self = val_is_float(a[0]) ? a[0] : obj_native(a[0]);
    return format_float_spec(self, str_cstr(a[1]), str_len_bytes(a[1]));
}

static Value float_getnewargs_m(size_t n, const Value *a) {
    (void)n;
    Value v = float_new(self_double(a[0]));
    return tuple_new(1, &v);
}

Value float_divmod(Value x, Value y) {
    double vx, wx;
    if (!operand(x, &vx) || !operand(y, &wx)) {
        return VAL_NOTIMPL;
    }
    if (wx == 0.0) {
        vm_raise(&exc_ZeroDivisionError_type, "float divmod()");
    }
    double d, m;
    float_divmod_d(vx, wx, &d, &m);
    Value items[2] = {float_new(d), float_new(m)};
    return tuple_new(2, items);
}

static Value float_divmod_m(size_t n, const Value *a) {
    (void)n;
    return float_divmod(a[0], a[1]);
}

static Value float_rdivmod_m(size_t n, const Value *a) {
    (void)n;
    return float_divmod(a[1], a[0]);
}

static Value float_getformat_m(size_t n, const Value *a) {
    (void)n;
    if (!val_is_str(a[1])) {
        vm_raise(&exc_TypeError_type, "__getformat__() argument must be str, not %s",
                 val_type_name(a[1]));
    }
    const char *s = str_cstr(a[1]);
    if (strcmp(s, "double") != 0 && strcmp(s, "float") != 0) {
        vm_raise(&exc_ValueError_type, "__getformat__() argument 1 must be 'double' or 'float'");
    }
    return str_new_cstr("IEEE, little-endian");
}

static BUILTIN_FN(float_ceil_obj, __ceil__, 1, 1, float_ceil_m);
static BUILTIN_FN(float_divmod_obj, __divmod__, 2, 2, float_divmod_m);
static BUILTIN_FN(float_float_obj, __float__, 1, 1, float_float_m);
static BUILTIN_FN(float_floor_obj, __floor__, 1, 1, float_floor_m);
static BUILTIN_FN(float_format_obj, __format__, 2, 2, float_format_m);
static BUILTIN_FN(float_getformat_fn, __getformat__, 2, 2, float_getformat_m);
static const WrapperObj float_getformat_obj = {{&classmethod_type}, OBJ_VAL(&float_getformat_fn)};
static BUILTIN_FN(float_getnewargs_obj, __getnewargs__, 1, 1, float_getnewargs_m);
static BUILTIN_FN(float_int_obj, __int__, 1, 1, float_trunc_m);
static BUILTIN_FN(float_rdivmod_obj, __rdivmod__, 2, 2, float_rdivmod_m);
static BUILTIN_FN(float_round_obj, __round__, 1, 2, float_round_m);
static BUILTIN_FN(float_trunc_obj, __trunc__, 1, 1, float_trunc_m);
static BUILTIN_FN(float_as_integer_ratio_obj, as_integer_ratio, 1, 1, float_as_integer_ratio_m);
static BUILTIN_FN(float_conjugate_obj, conjugate, 1, 1, float_float_m);
static BUILTIN_FN(float_fromhex_fn, fromhex, 2, 2, float_fromhex_m);
static const WrapperObj float_fromhex_obj = {{&classmethod_type}, OBJ_VAL(&float_fromhex_fn)};
static BUILTIN_FN(float_hex_obj, hex, 1, 1, float_hex_m);
static BUILTIN_FN(float_is_integer_obj, is_integer, 1, 1, float_is_integer_m);

// Sorted by name.
static const AttrEntry float_attrs[] = {
    {NAME(__ceil__), OBJ_VAL(&float_ceil_obj)},
    {NAME(__divmod__), OBJ_VAL(&float_divmod_obj)},
    {NAME(__float__), OBJ_VAL(&float_float_obj)},
    {NAME(__floor__), OBJ_VAL(&float_floor_obj)},
    {NAME(__format__), OBJ_VAL(&float_format_obj)},
    {NAME(__getformat__), OBJ_VAL(&float_getformat_obj)},
    {NAME(__getnewargs__), OBJ_VAL(&float_getnewargs_obj)},
    {NAME(__int__), OBJ_VAL(&float_int_obj)},
    {NAME(__rdivmod__), OBJ_VAL(&float_rdivmod_obj)},
    {NAME(__round__), OBJ_VAL(&float_round_obj)},
    {NAME(__trunc__), OBJ_VAL(&float_trunc_obj)},
    {NAME(as_integer_ratio), OBJ_VAL(&float_as_integer_ratio_obj)},
    {NAME(conjugate), OBJ_VAL(&float_conjugate_obj)},
    {NAME(fromhex), OBJ_VAL(&float_fromhex_obj)},
    {NAME(hex), OBJ_VAL(&float_hex_obj)},
    {NAME(is_integer), OBJ_VAL(&float_is_integer_obj)},
};

const Type float_type = {
    .base = {&type_type},
    .name = NAME(float),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = float_make_new,
    .repr = float_repr,
    .hash = float_hash_slot,
    .unary_op = float_unary_op,
    .binary_op = float_binary_op,
    .compare = float_compare,
    .getattr = float_getattr,
    .attrs = float_attrs,
    .nattrs = sizeof(float_attrs) / sizeof(float_attrs[0]),
};
