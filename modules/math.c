// The math module: CircuitPython's float functions with CPython 3.11's
// special cases and errors (ValueError "math domain error" for arguments
// outside a function's domain, OverflowError "math range error" when a
// finite argument gives an infinite result), plus CPython's exact integer
// functions (factorial, gcd, lcm, comb, perm, isqrt, and floor/ceil/trunc
// returning ints of any size) and its accurate sums (fsum, hypot, dist).
// Integer work goes through obj_int.h so bignums are exact.
#include <float.h>
#include <math.h>
#include "obj.h"
#include "gc.h"
#include "mods.h"
#include "module_table.h"
#include "obj_float.h"
#include "obj_int.h"
#include "vm_raise.h"

_Noreturn static void domain_error(void) { vm_raise(&exc_ValueError_type, "math domain error"); }
_Noreturn static void range_error(void) { vm_raise(&exc_OverflowError_type, "math range error"); }

static double arg_d(Value v) { return obj_get_double(v); }

// CPython's math_1: the common error rules for one-argument functions.
static Value math_1(Value arg, double (*f)(double), bool can_overflow) {
    double x = arg_d(arg);
    double r = f(x);
    if (isnan(r) && !isnan(x)) {
        domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) {
            range_error();
        }
        domain_error();
    }
    return float_new(r);
}

#define MATH_FUNC1(pyname, cfun, ovf)                                 \
    static Value math_##pyname(size_t nargs, const Value *args) {      \
        (void)nargs;                                                   \
        return math_1(args[0], cfun, ovf);                             \
    }                                                                  \
    static BUILTIN_FN(math_##pyname##_obj, pyname, 1, 1, math_##pyname)

MATH_FUNC1(acos, acos, false);
MATH_FUNC1(acosh, acosh, false);
MATH_FUNC1(asin, asin, false);
MATH_FUNC1(asinh, asinh, false);
MATH_FUNC1(atan, atan, false);
MATH_FUNC1(atanh, atanh, false);
MATH_FUNC1(cbrt, cbrt, false);
MATH_FUNC1(cos, cos, false);
MATH_FUNC1(cosh, cosh, true);
MATH_FUNC1(exp, exp, true);
MATH_FUNC1(exp2, exp2, true);
MATH_FUNC1(expm1, expm1, true);
MATH_FUNC1(fabs, fabs, false);
MATH_FUNC1(sin, sin, false);
MATH_FUNC1(sinh, sinh, true);
MATH_FUNC1(sqrt, sqrt, false);
MATH_FUNC1(tan, tan, false);
MATH_FUNC1(tanh, tanh, false);

static Value math_erf(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new(erf(arg_d(args[0])));
}

static Value math_erfc(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new(erfc(arg_d(args[0])));
}

// CPython's own Lanczos gamma and lgamma (mathmodule.c), so results
// match it to the last bit rather than depending on the C library's.
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};
static const double m_pi = 3.141592653589793238462643383279502884;

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

static double m_sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
        case 0: r = sin(m_pi * y); break;
        case 1: r = cos(m_pi * (y - 0.5)); break;
        case 2: r = sin(m_pi * (1.0 - y)); break;
        case 3: r = -cos(m_pi * (y - 1.5)); break;
        default: r = sin(m_pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

// Gamma for finite x that is not zero or a negative integer; sets *range
// when the result overflows.
static double m_tgamma(double x, bool *range) {
    if (x == floor(x) && x <= NGAMMA_INTEGRAL) {
        return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r, z;
    if (absx < 1e-20) {
        r = 1.0 / x;
        *range = isinf(r);
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) {
            return 0.0 / m_sinpi(x);
        }
        *range = true;
        return INFINITY;
    }
    double y = absx + lanczos_g_minus_half;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -m_pi / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    *range = isinf(r);
    return r;
}

// lgamma for finite x that is not an integer <= 0.
static double m_lgamma(double x) {
    if (x == floor(x) && x <= 2.0) {
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        return -log(absx);
    }
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        r = log(m_pi) - log(fabs(m_sinpi(absx))) - log(absx) - r;
    }
    return r;
}

static bool is_nonpos_integer(double x) { return x <= 0.0 && x == floor(x); }

static Value math_gamma(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]);
    if (isnan(x)) {
        return float_new(x);
    }
    if (isinf(x)) {
        if (x > 0) {
            return float_new(x);
        }
        domain_error();
    }
    if (is_nonpos_integer(x)) {
        domain_error();
    }
    bool range = false;
    double r = m_tgamma(x, &range);
    if (range) {
        range_error();
    }
    return float_new(r);
}

static Value math_lgamma(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]);
    if (isnan(x)) {
        return float_new(x);
    }
    if (isinf(x)) {
        return float_new(INFINITY);
    }
    if (is_nonpos_integer(x)) {
        domain_error();
    }
    double r = m_lgamma(x);
    if (isinf(r)) {
        range_error();
    }
    return float_new(r);
}

// --- logarithms -------------------------------------------------------------

static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return log(x);
        }
        return NAN;    // log(0) and log(negative): domain errors in CPython
    }
    return isnan(x) || x > 0 ? x : NAN;
}

static double m_log2(double x) {
    if (isfinite(x) && x <= 0.0) {
        return NAN;
    }
    return isnan(x) || x > 0 ? log2(x) : NAN;
}

static double m_log10(double x) {
    if (isfinite(x) && x <= 0.0) {
        return NAN;
    }
    return isnan(x) || x > 0 ? log10(x) : NAN;
}

// log of a number, with ints too large for a double handled as m * 2**e
// (CPython's loghelper).
static double log_helper(Value arg, double (*f)(double)) {
    Value i = int_coerce(arg);
    if (i != VAL_NULL) {
        if (int_sign(i) <= 0) {
            domain_error();
        }
        size_t bits = int_bit_length(i);
        if (bits > 1000) {
            // i ~= m * 2**bits with m in [0.5, 1), as CPython's _PyLong_Frexp.
            double m = ldexp(int_to_double(int_rshift(i, bits - 64)), -64);
            return f(m) + f(2.0) * (double)bits;
        }
        return f(int_to_double(i));
    }
    double x = arg_d(arg);
    double r = f(x);
    if (isnan(r) && !isnan(x)) {
        domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        domain_error();
    }
    return r;
}

static Value math_log(size_t nargs, const Value *args) {
    double num = log_helper(args[0], m_log);
    if (nargs == 1) {
        return float_new(num);
    }
    double den = log_helper(args[1], m_log);
    if (den == 0.0) {
        vm_raise(&exc_ZeroDivisionError_type, "float division by zero");
    }
    return float_new(num / den);
}

static Value math_log2(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new(log_helper(args[0], m_log2));
}

static Value math_log10(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new(log_helper(args[0], m_log10));
}

static Value math_log1p(size_t nargs, const Value *args) {
    (void)nargs;
    return math_1(args[0], log1p, false);
}

// --- two-argument float functions ---------------------------------------------

static Value math_atan2(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new(atan2(arg_d(args[0]), arg_d(args[1])));
}

static Value math_copysign(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new(copysign(arg_d(args[0]), arg_d(args[1])));
}

static Value math_fmod(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]), y = arg_d(args[1]);
    if (isinf(y) && isfinite(x)) {
        return float_new(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        domain_error();
    }
    return float_new(r);
}

static Value math_remainder(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]), y = arg_d(args[1]);
    if (isnan(x) || isnan(y)) {
        return float_new(isnan(x) ? x : y);
    }
    if (isinf(y) && isfinite(x)) {
        return float_new(x);
    }
    double r = remainder(x, y);
    if (isnan(r)) {
        domain_error();
    }
    return float_new(r);
}

static Value math_pow(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]), y = arg_d(args[1]), r;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) {
                r = odd_y ? x : fabs(x);
            } else if (y == 0.0) {
                r = 1.0;
            } else {
                r = odd_y ? copysign(0.0, x) : 0.0;
            }
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
        return float_new(r);
    }
    r = pow(x, y);
    if (isnan(r)) {
        domain_error();
    }
    if (isinf(r)) {
        if (x == 0.0) {
            domain_error();
        }
        range_error();
    }
    return float_new(r);
}

static Value math_ldexp(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]);
    Value e = int_coerce(args[1]);
    if (e == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "Expected an int as second argument to ldexp.");
    }
    if (x == 0.0 || !isfinite(x)) {
        return float_new(x);
    }
    int64_t exp;
    if (!int_to_i64(e, &exp)) {
        exp = int_sign(e) > 0 ? INT64_MAX : INT64_MIN;
    }
    double r;
    if (exp > 100000) {
        range_error();
    } else if (exp < -100000) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)exp);
        if (isinf(r)) {
            range_error();
        }
    }
    return float_new(r);
}

static Value math_frexp(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]);
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) {
        m = frexp(x, &e);
    }
    Value t[2] = {float_new(m), val_from_small_int(e)};
    return tuple_new(2, t);
}

static Value math_modf(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]), ip, fp;
    if (isinf(x)) {
        fp = copysign(0.0, x);
        ip = x;
    } else if (isnan(x)) {
        fp = ip = x;
    } else {
        fp = modf(x, &ip);
    }
    Value t[2] = {float_new(fp), float_new(ip)};
    return tuple_new(2, t);
}

static Value math_degrees(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new(arg_d(args[0]) * (180.0 / 3.141592653589793238462643383279502884));
}

static Value math_radians(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new(arg_d(args[0]) * (3.141592653589793238462643383279502884 / 180.0));
}

static Value math_isfinite(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(isfinite(arg_d(args[0])));
}

static Value math_isinf(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(isinf(arg_d(args[0])));
}

static Value math_isnan(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(isnan(arg_d(args[0])));
}

static Value math_isclose(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(a), true, false, VAL_NULL},
        {NAME(b), true, false, VAL_NULL},
        {NAME(rel_tol), false, true, VAL_NULL},
        {NAME(abs_tol), false, true, VAL_NULL},
    };
    Value v[4];
    args_parse("isclose", nargs, args, kwnames, 4, spec, v);
    double a = arg_d(v[0]), b = arg_d(v[1]);
    double rel_tol = v[2] != VAL_NULL ? arg_d(v[2]) : 1e-09;
    double abs_tol = v[3] != VAL_NULL ? arg_d(v[3]) : 0.0;
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        vm_raise(&exc_ValueError_type, "tolerances must be non-negative");
    }
    if (a == b) {
        return VAL_TRUE;
    }
    if (isinf(a) || isinf(b)) {
        return VAL_FALSE;
    }
    double diff = fabs(b - a);
    return val_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

static Value math_nextafter(size_t nargs, const Value *args) {
    (void)nargs;
    return float_new(nextafter(arg_d(args[0]), arg_d(args[1])));
}

static Value math_ulp(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]);
    if (isnan(x)) {
        return float_new(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return float_new(x);
    }
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return float_new(x - x2);
    }
    return float_new(x2 - x);
}

// --- rounding to ints -----------------------------------------------------------

// floor/ceil/trunc: ints are returned as they are; floats are rounded
// exactly; other objects use their special method, then __float__.
static Value round_to_int(Value arg, Value special, double (*f)(double), bool trunc_mode) {
    Value i = int_coerce(arg);
    if (i != VAL_NULL) {
        return i;
    }
    if (is_type(arg, &float_type)) {
        return int_from_double(f(float_value(arg)));
    }
    Value r = obj_call_method_opt(arg, special, 0, NULL);
    if (r != VAL_NULL) {
        return r;
    }
    if (trunc_mode) {
        vm_raise(&exc_TypeError_type, "type %s doesn't define __trunc__ method",
                 type_name_cstr(type_of(arg)));
    }
    return int_from_double(f(arg_d(arg)));
}

static Value math_floor(size_t nargs, const Value *args) {
    (void)nargs;
    return round_to_int(args[0], NAME(__floor__), floor, false);
}

static Value math_ceil(size_t nargs, const Value *args) {
    (void)nargs;
    return round_to_int(args[0], NAME(__ceil__), ceil, false);
}

static Value math_trunc(size_t nargs, const Value *args) {
    (void)nargs;
    return round_to_int(args[0], NAME(__trunc__), trunc, true);
}

// --- exact integer functions --------------------------------------------------

static Value int_abs(Value v) { return int_sign(v) < 0 ? int_neg(v) : v; }

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b != 0) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static Value gcd2(Value a, Value b) {
    a = int_abs(a);
    b = int_abs(b);
    int64_t x, y;
    while (!(int_to_i64(a, &x) && int_to_i64(b, &y))) {
        if (int_sign(b) == 0) {
            return a;
        }
        Value t = int_mod(a, b);
        a = b;
        b = t;
    }
    return int_from_u64(gcd_u64((uint64_t)x, (uint64_t)y));
}

static Value math_gcd(size_t nargs, const Value *args) {
    Value g = val_from_small_int(0);
    for (size_t i = 0; i < nargs; i++) {
        Value v = mods_to_int(args[i]);
        g = (val_is_small_int(g) && val_small_int(g) == 1) ? g : gcd2(g, v);
    }
    return g;
}

static Value math_lcm(size_t nargs, const Value *args) {
    Value l = val_from_small_int(1);
    for (size_t i = 0; i < nargs; i++) {
        Value v = int_abs(mods_to_int(args[i]));
        if (int_sign(l) == 0 || int_sign(v) == 0) {
            l = val_from_small_int(0);
            continue;
        }
        l = int_mul(int_floordiv(l, gcd2(l, v)), v);
    }
    return l;
}

// Product of the integers lo, lo+1, ..., hi-1 (lo < hi), split in halves so
// the big multiplications are balanced.
static Value range_product(Value lo, Value hi) {
    Value n = int_sub(hi, lo);
    int64_t count;
    if (int_to_i64(n, &count) && count <= 8) {
        Value r = lo;
        Value k = lo;
        for (int64_t i = 1; i < count; i++) {
            k = int_add(k, val_from_small_int(1));
            r = int_mul(r, k);
        }
        return r;
    }
    Value mid = int_add(lo, int_rshift(n, 1));
    return int_mul(range_product(lo, mid), range_product(mid, hi));
}

static Value math_factorial(size_t nargs, const Value *args) {
    (void)nargs;
    Value n = mods_to_int(args[0]);
    if (int_sign(n) < 0) {
        vm_raise(&exc_ValueError_type, "factorial() not defined for negative values");
    }
    int64_t k;
    if (!int_to_i64(n, &k)) {
        vm_raise(&exc_OverflowError_type, "factorial() argument should not exceed %ld",
                 (long)INTPTR_MAX);
    }
    if (k < 2) {
        return val_from_small_int(1);
    }
    return range_product(val_from_small_int(2), int_add(n, val_from_small_int(1)));
}

// n and k for comb/perm with CPython's checks.
static void comb_args(Value *n, Value *k) {
    *n = mods_to_int(*n);
    *k = mods_to_int(*k);
    if (int_sign(*n) < 0) {
        vm_raise(&exc_ValueError_type, "n must be a non-negative integer");
    }
    if (int_sign(*k) < 0) {
        vm_raise(&exc_ValueError_type, "k must be a non-negative integer");
    }
}

static Value math_perm(size_t nargs, const Value *args) {
    Value n = args[0];
    if (nargs < 2 || args[1] == VAL_NONE) {
        return math_factorial(1, &n);
    }
    Value k = args[1];
    comb_args(&n, &k);
    if (int_cmp(k, n) > 0) {
        return val_from_small_int(0);
    }
    int64_t kk;
    if (!int_to_i64(k, &kk)) {
        vm_raise(&exc_OverflowError_type, "k must not exceed %ld", (long)INTPTR_MAX);
    }
    if (kk == 0) {
        return val_from_small_int(1);
    }
    return range_product(int_add(int_sub(n, k), val_from_small_int(1)),
                         int_add(n, val_from_small_int(1)));
}

static Value math_comb(size_t nargs, const Value *args) {
    (void)nargs;
    Value n = args[0], k = args[1];
    comb_args(&n, &k);
    if (int_cmp(k, n) > 0) {
        return val_from_small_int(0);
    }
    Value nk = int_sub(n, k);
    if (int_cmp(nk, k) < 0) {
        k = nk;
    }
    int64_t kk;
    if (!int_to_i64(k, &kk)) {
        vm_raise(&exc_OverflowError_type, "min(n - k, k) must not exceed %ld", (long)INTPTR_MAX);
    }
    // result = prod_{i=1..k} (n-k+i) / i, exact at every step.
    Value r = val_from_small_int(1);
    Value base = int_sub(n, k);
    for (int64_t i = 1; i <= kk; i++) {
        r = int_mul(r, int_add(base, int_from_i64(i)));
        r = int_floordiv(r, int_from_i64(i));
    }
    return r;
}

static uint64_t isqrt_u64(uint64_t n) {
    if (n == 0) {
        return 0;
    }
    // n < 2**63, so the root and (root + 1)**2 fit in 64 bits.
    uint64_t x = (uint64_t)sqrt((double)n);
    while (x * x > n) {
        x--;
    }
    while ((x + 1) * (x + 1) <= n) {
        x++;
    }
    return x;
}

static Value math_isqrt(size_t nargs, const Value *args) {
    (void)nargs;
    Value n = mods_to_int(args[0]);
    if (int_sign(n) < 0) {
        vm_raise(&exc_ValueError_type, "isqrt() argument must be nonnegative");
    }
    int64_t small;
    if (int_to_i64(n, &small)) {
        return int_from_u64(isqrt_u64((uint64_t)small));
    }
    // CPython's adaptive-precision Newton iteration.
    size_t c = (int_bit_length(n) - 1) / 2;
    size_t cbits = 0;
    for (size_t t = c; t != 0; t >>= 1) {
        cbits++;
    }
    Value a = val_from_small_int(1);
    size_t d = 0;
    for (size_t s = cbits; s-- > 0;) {
        size_t e = d;
        d = c >> s;
        Value q = int_floordiv(int_rshift(n, 2 * c - e - d + 1), a);
        a = int_add(int_lshift(a, d - e - 1), q);
    }
    if (int_cmp(int_mul(a, a), n) > 0) {
        a = int_sub(a, val_from_small_int(1));
    }
    return a;
}

static Value math_prod(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(iterable), true, false, VAL_NULL},
        {NAME(start), false, true, VAL_NULL},
    };
    Value v[2];
    args_parse("prod", nargs, args, kwnames, 2, spec, v);
    Value acc = v[1] != VAL_NULL ? v[1] : val_from_small_int(1);
    Value it = obj_getiter(v[0]);
    for (Value x; (x = obj_iternext(it)) != VAL_NULL;) {
        acc = obj_binary_op(BINOP_MUL, acc, x);
    }
    return acc;
}

// --- accurate sums --------------------------------------------------------------

// Shewchuk's exact partial sums, as CPython's math.fsum.
static Value math_fsum(size_t nargs, const Value *args) {
    (void)nargs;
    double stack_p[32];
    double *p = stack_p;
    size_t n = 0, m = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    Value it = obj_getiter(args[0]);
    for (Value item; (item = obj_iternext(it)) != VAL_NULL;) {
        double x = arg_d(item), xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    vm_raise(&exc_OverflowError_type, "intermediate overflow in fsum");
                }
                if (isinf(xsave)) {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) {
                    double *np = gc_alloc(2 * m * sizeof(double), true);
                    for (size_t k = 0; k < n; k++) {
                        np[k] = p[k];
                    }
                    p = np;
                    m *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            vm_raise(&exc_ValueError_type, "-inf + inf in fsum");
        }
        return float_new(special_sum);
    }
    double hi = 0.0, lo = 0.0;
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
    }
    return float_new(hi);
}

typedef struct {
    double hi, lo;
} DoubleLength;

static DoubleLength dl_split(double x) {
    double t = x * 134217729.0;   // Veltkamp: 2**27 + 1
    double hi = t - (t - x);
    return (DoubleLength){hi, x - hi};
}

static DoubleLength dl_mul(double x, double y) {
    DoubleLength xx = dl_split(x), yy = dl_split(y);
    double p = xx.hi * yy.hi;
    double q = xx.hi * yy.lo + xx.lo * yy.hi;
    double z = p + q;
    double zz = p - z + q + xx.lo * yy.lo;
    return (DoubleLength){z, zz};
}

static DoubleLength dl_fast_sum(double a, double b) {
    double x = a + b;
    double z = x - a;
    return (DoubleLength){x, b - z};
}

// CPython's vector_norm: the Euclidean norm of vec (absolute values) to
// within a rounding, without overflow or underflow in the squares.
static double vector_norm(size_t n, double *vec, double max, bool found_nan) {
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (size_t i = 0; i < n; i++) {
            vec[i] /= DBL_MIN;
        }
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        DoubleLength pr = dl_mul(x, x);
        DoubleLength sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    DoubleLength pr = dl_mul(-h, h);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static double *coord_buffer(size_t n, double *stack_buf, size_t stack_n) {
    return n <= stack_n ? stack_buf : gc_alloc(n * sizeof(double), true);
}

static Value math_hypot(size_t nargs, const Value *args) {
    double buf[16];
    double *vec = coord_buffer(nargs, buf, 16);
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x = fabs(arg_d(args[i]));
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    return float_new(vector_norm(nargs, vec, max, found_nan));
}

static Value math_dist(size_t nargs, const Value *args) {
    (void)nargs;
    Value p = args[0], q = args[1];
    if (!is_type(p, &tuple_type)) {
        p = tuple_from_iter(p);
    }
    if (!is_type(q, &tuple_type)) {
        q = tuple_from_iter(q);
    }
    size_t n = val_tuple(p)->len;
    if (n != val_tuple(q)->len) {
        vm_raise(&exc_ValueError_type, "both points must have the same number of dimensions");
    }
    double buf[16];
    double *vec = coord_buffer(n, buf, 16);
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x = fabs(arg_d(val_tuple(p)->items[i]) - arg_d(val_tuple(q)->items[i]));
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    return float_new(vector_norm(n, vec, max, found_nan));
}

// --- the module -----------------------------------------------------------------

static BUILTIN_FN(math_atan2_obj, atan2, 2, 2, math_atan2);
static BUILTIN_FN(math_ceil_obj, ceil, 1, 1, math_ceil);
static BUILTIN_FN(math_comb_obj, comb, 2, 2, math_comb);
static BUILTIN_FN(math_copysign_obj, copysign, 2, 2, math_copysign);
static BUILTIN_FN(math_degrees_obj, degrees, 1, 1, math_degrees);
static BUILTIN_FN(math_dist_obj, dist, 2, 2, math_dist);
static BUILTIN_FN(math_erf_obj, erf, 1, 1, math_erf);
static BUILTIN_FN(math_erfc_obj, erfc, 1, 1, math_erfc);
static BUILTIN_FN(math_factorial_obj, factorial, 1, 1, math_factorial);
static BUILTIN_FN(math_floor_obj, floor, 1, 1, math_floor);
static BUILTIN_FN(math_fmod_obj, fmod, 2, 2, math_fmod);
static BUILTIN_FN(math_frexp_obj, frexp, 1, 1, math_frexp);
static BUILTIN_FN(math_fsum_obj, fsum, 1, 1, math_fsum);
static BUILTIN_FN(math_gamma_obj, gamma, 1, 1, math_gamma);
static BUILTIN_FN(math_gcd_obj, gcd, 0, FN_UNLIMITED, math_gcd);
static BUILTIN_FN(math_hypot_obj, hypot, 0, FN_UNLIMITED, math_hypot);
static BUILTIN_FN_KW(math_isclose_obj, isclose, 2, 4, math_isclose);
static BUILTIN_FN(math_isfinite_obj, isfinite, 1, 1, math_isfinite);
static BUILTIN_FN(math_isinf_obj, isinf, 1, 1, math_isinf);
static BUILTIN_FN(math_isnan_obj, isnan, 1, 1, math_isnan);
static BUILTIN_FN(math_isqrt_obj, isqrt, 1, 1, math_isqrt);
static BUILTIN_FN(math_lcm_obj, lcm, 0, FN_UNLIMITED, math_lcm);
static BUILTIN_FN(math_ldexp_obj, ldexp, 2, 2, math_ldexp);
static BUILTIN_FN(math_lgamma_obj, lgamma, 1, 1, math_lgamma);
static BUILTIN_FN(math_log_obj, log, 1, 2, math_log);
static BUILTIN_FN(math_log10_obj, log10, 1, 1, math_log10);
static BUILTIN_FN(math_log1p_obj, log1p, 1, 1, math_log1p);
static BUILTIN_FN(math_log2_obj, log2, 1, 1, math_log2);
static BUILTIN_FN(math_modf_obj, modf, 1, 1, math_modf);
static BUILTIN_FN(math_nextafter_obj, nextafter, 2, 2, math_nextafter);
static BUILTIN_FN(math_perm_obj, perm, 1, 2, math_perm);
static BUILTIN_FN(math_pow_obj, pow, 2, 2, math_pow);
static BUILTIN_FN_KW(math_prod_obj, prod, 1, 2, math_prod);
static BUILTIN_FN(math_radians_obj, radians, 1, 1, math_radians);
static BUILTIN_FN(math_remainder_obj, remainder, 2, 2, math_remainder);
static BUILTIN_FN(math_trunc_obj, trunc, 1, 1, math_trunc);
static BUILTIN_FN(math_ulp_obj, ulp, 1, 1, math_ulp);

// The float constants are objects made at import (a float object is a
// heap block; there is no const float layout to put in flash).
static void math_module_init(Value module) {
    Value g = mods_globals(module);
    dict_set(g, NAME(e), float_new(2.718281828459045));
    dict_set(g, NAME(inf), float_new(INFINITY));
    dict_set(g, NAME(nan), float_new(NAN));
    dict_set(g, NAME(pi), float_new(3.141592653589793));
    dict_set(g, NAME(tau), float_new(6.283185307179586));
}

static const AttrEntry math_globals[] = {
    {NAME(__name__), NAME(math)},
    {NAME(acos), OBJ_VAL(&math_acos_obj)},
    {NAME(acosh), OBJ_VAL(&math_acosh_obj)},
    {NAME(asin), OBJ_VAL(&math_asin_obj)},
    {NAME(asinh), OBJ_VAL(&math_asinh_obj)},
    {NAME(atan), OBJ_VAL(&math_atan_obj)},
    {NAME(atan2), OBJ_VAL(&math_atan2_obj)},
    {NAME(atanh), OBJ_VAL(&math_atanh_obj)},
    {NAME(cbrt), OBJ_VAL(&math_cbrt_obj)},
    {NAME(ceil), OBJ_VAL(&math_ceil_obj)},
    {NAME(comb), OBJ_VAL(&math_comb_obj)},
    {NAME(copysign), OBJ_VAL(&math_copysign_obj)},
    {NAME(cos), OBJ_VAL(&math_cos_obj)},
    {NAME(cosh), OBJ_VAL(&math_cosh_obj)},
    {NAME(degrees), OBJ_VAL(&math_degrees_obj)},
    {NAME(dist), OBJ_VAL(&math_dist_obj)},
    {NAME(erf), OBJ_VAL(&math_erf_obj)},
    {NAME(erfc), OBJ_VAL(&math_erfc_obj)},
    {NAME(exp), OBJ_VAL(&math_exp_obj)},
    {NAME(exp2), OBJ_VAL(&math_exp2_obj)},
    {NAME(expm1), OBJ_VAL(&math_expm1_obj)},
    {NAME(fabs), OBJ_VAL(&math_fabs_obj)},
    {NAME(factorial), OBJ_VAL(&math_factorial_obj)},
    {NAME(floor), OBJ_VAL(&math_floor_obj)},
    {NAME(fmod), OBJ_VAL(&math_fmod_obj)},
    {NAME(frexp), OBJ_VAL(&math_frexp_obj)},
    {NAME(fsum), OBJ_VAL(&math_fsum_obj)},
    {NAME(gamma), OBJ_VAL(&math_gamma_obj)},
    {NAME(gcd), OBJ_VAL(&math_gcd_obj)},
    {NAME(hypot), OBJ_VAL(&math_hypot_obj)},
    {NAME(isclose), OBJ_VAL(&math_isclose_obj)},
    {NAME(isfinite), OBJ_VAL(&math_isfinite_obj)},
    {NAME(isinf), OBJ_VAL(&math_isinf_obj)},
    {NAME(isnan), OBJ_VAL(&math_isnan_obj)},
    {NAME(isqrt), OBJ_VAL(&math_isqrt_obj)},
    {NAME(lcm), OBJ_VAL(&math_lcm_obj)},
    {NAME(ldexp), OBJ_VAL(&math_ldexp_obj)},
    {NAME(lgamma), OBJ_VAL(&math_lgamma_obj)},
    {NAME(log), OBJ_VAL(&math_log_obj)},
    {NAME(log10), OBJ_VAL(&math_log10_obj)},
    {NAME(log1p), OBJ_VAL(&math_log1p_obj)},
    {NAME(log2), OBJ_VAL(&math_log2_obj)},
    {NAME(modf), OBJ_VAL(&math_modf_obj)},
    {NAME(nextafter), OBJ_VAL(&math_nextafter_obj)},
    {NAME(perm), OBJ_VAL(&math_perm_obj)},
    {NAME(pow), OBJ_VAL(&math_pow_obj)},
    {NAME(prod), OBJ_VAL(&math_prod_obj)},
    {NAME(radians), OBJ_VAL(&math_radians_obj)},
    {NAME(remainder), OBJ_VAL(&math_remainder_obj)},
    {NAME(sin), OBJ_VAL(&math_sin_obj)},
    {NAME(sinh), OBJ_VAL(&math_sinh_obj)},
    {NAME(sqrt), OBJ_VAL(&math_sqrt_obj)},
    {NAME(tan), OBJ_VAL(&math_tan_obj)},
    {NAME(tanh), OBJ_VAL(&math_tanh_obj)},
    {NAME(trunc), OBJ_VAL(&math_trunc_obj)},
    {NAME(ulp), OBJ_VAL(&math_ulp_obj)},
};

const ModuleDef module_math = {
    .name = NAME(math),
    .globals = math_globals,
    .nglobals = sizeof(math_globals) / sizeof(math_globals[0]),
    .init = math_module_init,
};
