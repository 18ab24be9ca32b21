// The math module. Float functions call math.h and then apply Python's
// error rules: an argument outside the domain raises ValueError("math
// domain error"), a finite argument with an infinite result raises
// OverflowError("math range error"). The integer functions (factorial,
// gcd, lcm, comb, perm, isqrt, and floor/ceil/trunc giving ints of any
// size) work through obj_int.h so bignums stay exact, and fsum, hypot and
// dist use error-free float arithmetic so their results are correctly
// rounded.
#include <float.h>
#include <math.h>
#include <string.h>
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

// Shared by the one-argument functions: a nan out of a non-nan argument is
// a domain error; an infinity out of a finite one is a range error for the
// functions that can overflow and a domain error (a pole) otherwise.
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

// --- gamma and lgamma -----------------------------------------------------
//
// The poles (zero and the negative integers) and the infinities are settled
// here, before any arithmetic, so the C library is only ever asked about
// points where the function is defined. Whole arguments up to 23 are done
// as a running product of doubles: every (n-1)! for n <= 23 has an odd part
// below 2**53, so each step is exact and gamma(n) is the true factorial.
// Everything else goes to math.h's tgamma/lgamma; their last bit may differ
// from other Pythons', never their special cases, which are decided above.

#define GAMMA_EXACT_LIMIT 23.0

// True for 0, -1, -2, ... (including -0.0): where gamma has its poles.
static bool gamma_at_pole(double x) { return x <= 0.0 && trunc(x) == x; }

static double gamma_factorial(double n) {
    double acc = 1.0;
    for (double k = 2.0; k < n; k += 1.0) {
        acc *= k;
    }
    return acc;
}

static Value math_gamma(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]);
    if (isnan(x) || x == INFINITY) {
        return float_new(x);
    }
    if (x == -INFINITY || gamma_at_pole(x)) {
        domain_error();
    }
    if (x <= GAMMA_EXACT_LIMIT && trunc(x) == x) {
        return float_new(gamma_factorial(x));
    }
    // Finite, non-pole x: an infinite answer can only mean the true value
    // is beyond the double range (large x, or x so close to 0 that 1/x
    // overflows). Very negative x underflows to a signed zero, which is
    // what Python returns too.
    double y = tgamma(x);
    if (isinf(y)) {
        range_error();
    }
    return float_new(y);
}

static Value math_lgamma(size_t nargs, const Value *args) {
    (void)nargs;
    double x = arg_d(args[0]);
    if (isnan(x)) {
        return float_new(x);
    }
    if (isinf(x)) {
        return float_new(INFINITY);   // |gamma| grows without bound both ways
    }
    if (gamma_at_pole(x)) {
        domain_error();
    }
    if (x == 1.0 || x == 2.0) {
        return float_new(0.0);        // gamma(1) == gamma(2) == 1 exactly
    }
    double y = lgamma(x);
    if (isinf(y)) {
        range_error();
    }
    return float_new(y);
}

// --- logarithms -------------------------------------------------------------

static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return log(x);
        }
        return NAN;    // log(0) and log(negative) are domain errors
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

// Applies a logarithm f to a number. Ints beyond a double's range are
// read as m * 2**bits with m from their top 64 bits, so f(i) becomes
// f(m) + bits * f(2).
static double log_helper(Value arg, double (*f)(double)) {
    Value i = int_coerce(arg);
    if (i != VAL_NULL) {
        if (int_sign(i) <= 0) {
            domain_error();
        }
        size_t bits = int_bit_length(i);
        if (bits > 1000) {
            // m = i / 2**bits lies in [0.5, 1); 64 bits of it are plenty.
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

// Converts comb/perm's n and k to ints and rejects negative ones.
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
    // Too big for one machine word. Start from an overestimate built from
    // the leading bits (the root of the top word, plus one, shifted back
    // up), then run integer Newton steps x -> (x + n // x) // 2. From above
    // the steps decrease strictly until they reach floor(sqrt(n)), and the
    // first step that fails to decrease marks the answer.
    size_t shift = (int_bit_length(n) - 62 + 1) & ~(size_t)1;   // even
    int64_t top;
    int_to_i64(int_rshift(n, shift), &top);
    Value guess = int_lshift(int_from_u64(isqrt_u64((uint64_t)top) + 1), shift / 2);
    for (;;) {
        Value next = int_rshift(int_add(guess, int_floordiv(n, guess)), 1);
        if (int_cmp(next, guess) >= 0) {
            return guess;
        }
        guess = next;
    }
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

// fsum keeps the running total as an exact expansion: a list of doubles,
// smallest magnitude first, no two overlapping, whose true sum is exactly
// the sum of the items seen so far (Shewchuk's method). Each new item is
// folded through the list with error-free two-sums; infinities and NaNs are
// kept aside, since they decide the answer on their own.
typedef struct {
    double *terms;     // the expansion, increasing magnitude
    size_t count, room;
    bool pos_inf, neg_inf, got_nan;
} FsumAcc;

// Adds a finite x to the expansion. A partial sum that overflows means the
// exact method cannot continue, which Python reports as an OverflowError.
static void fsum_add(FsumAcc *acc, double x) {
    size_t kept = 0;
    for (size_t j = 0; j < acc->count; j++) {
        double big = acc->terms[j], small = x;
        if (fabs(big) < fabs(small)) {
            big = x;
            small = acc->terms[j];
        }
        double sum = big + small;
        double err = small - (sum - big);    // exact: |big| >= |small|
        if (err != 0.0) {
            acc->terms[kept++] = err;
        }
        x = sum;
    }
    acc->count = kept;
    if (!isfinite(x)) {
        vm_raise(&exc_OverflowError_type, "intermediate overflow in fsum");
    }
    if (x == 0.0) {
        return;
    }
    if (acc->count == acc->room) {
        double *bigger = gc_alloc(2 * acc->room * sizeof(double), true);
        memcpy(bigger, acc->terms, acc->count * sizeof(double));
        acc->terms = bigger;
        acc->room *= 2;
    }
    acc->terms[acc->count++] = x;
}

// The expansion's sum rounded once, to nearest with ties to even.
static double fsum_round(const FsumAcc *acc) {
    size_t i = acc->count;
    if (i == 0) {
        return 0.0;
    }
    // Add from the largest term down until an addition is inexact: the
    // terms below cannot change the result, except when the rounding error
    // left behind (tail) is exactly half an ulp, where they break the tie.
    double total = acc->terms[--i], tail = 0.0;
    while (i > 0) {
        double t = acc->terms[--i];
        double sum = total + t;
        tail = t - (sum - total);
        total = sum;
        if (tail != 0.0) {
            break;
        }
    }
    if (i > 0 && tail != 0.0 && (tail < 0.0) == (acc->terms[i - 1] < 0.0)) {
        // The rest pushes past the halfway point: round away from total,
        // but only if 2*tail is exactly representable as a step of total.
        double step = 2.0 * tail;
        double moved = total + step;
        if (moved - total == step) {
            total = moved;
        }
    }
    return total;
}

static Value math_fsum(size_t nargs, const Value *args) {
    (void)nargs;
    double first_terms[32];
    FsumAcc acc = {first_terms, 0, 32, false, false, false};
    Value it = obj_getiter(args[0]);
    for (Value item; (item = obj_iternext(it)) != VAL_NULL;) {
        double x = arg_d(item);
        if (isfinite(x)) {
            fsum_add(&acc, x);
            continue;
        }
        // The finite part no longer matters once an inf or nan is seen.
        acc.count = 0;
        if (isnan(x)) {
            acc.got_nan = true;
        } else if (x > 0.0) {
            acc.pos_inf = true;
        } else {
            acc.neg_inf = true;
        }
    }
    if (acc.pos_inf && acc.neg_inf) {
        vm_raise(&exc_ValueError_type, "-inf + inf in fsum");
    }
    if (acc.got_nan) {
        return float_new(NAN);
    }
    if (acc.pos_inf || acc.neg_inf) {
        return float_new(acc.pos_inf ? INFINITY : -INFINITY);
    }
    return float_new(fsum_round(&acc));
}

// The Euclidean length of vec (entries already made non-negative), max
// being the largest entry. The entries are first scaled by a power of two
// that brings max into [0.5, 1), so no square can overflow or vanish, and
// the squares are summed as an unevaluated pair hi + lo, each product's
// rounding error recovered exactly with fma. The square root of that is
// then refined by one Newton step against the exact residual, which gives
// the correctly rounded length in all but the rarest cases.
static double vector_norm(size_t n, const double *vec, double max, bool found_nan) {
    if (isinf(max)) {
        return max;                 // an infinity wins even over a nan
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int scale_exp;
    frexp(max, &scale_exp);
    double hi = 0.0, lo = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(vec[i], -scale_exp);
        double sq = x * x;
        double sq_err = fma(x, x, -sq);
        // two-sum of hi and sq, the error going into lo with sq_err
        double sum = hi + sq;
        double back = sum - hi;
        lo += (hi - (sum - back)) + (sq - back) + sq_err;
        hi = sum;
    }
    double total = hi + lo;
    lo -= total - hi;
    hi = total;
    double root = sqrt(hi);
    // residual = (hi + lo) - root**2, computed without rounding error in
    // the square; d(root) = residual / (2 * root).
    double residual = (hi - root * root) - fma(root, root, -(root * root)) + lo;
    root += residual / (2.0 * root);
    return ldexp(root, scale_exp);
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
