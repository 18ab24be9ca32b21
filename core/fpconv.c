// Double <-> decimal conversions (see fpconv.h). Output uses exact
// big-rational arithmetic on small fixed-size bignums kept on the C stack
// (the value is r/s scaled by a power of ten): Burger & Dybvig's
// free-format algorithm for the shortest digits and plain long division
// for a fixed number of digits, so every result is exact, with no tables.
// Integers below 2**53 take a fast path. Parsing uses Clinger's fast path
// when the digits and the power of ten are both exact doubles, and
// otherwise one exact big division (bn_ratio_to_double).
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "bigint.h"
#include "fpconv.h"
#include "gc.h"

// --- fixed-size bignums ------------------------------------------------

// 40 limbs = 1280 bits: the largest value used is about 2**1130 (r, s
// and the margins for the extreme exponents, times 10).
#define FB_MAX 40

typedef struct {
    int n;
    Limb d[FB_MAX];
} FBig;

static void fb_set(FBig *a, uint64_t v) {
    a->d[0] = (Limb)v;
    a->d[1] = (Limb)(v >> 32);
    a->n = a->d[1] ? 2 : (a->d[0] ? 1 : 0);
}

static void fb_mul_small(FBig *a, Limb m) {
    Limb c = bn_mul_1(a->d, a->d, (size_t)a->n, m);
    if (c) {
        a->d[a->n++] = c;
    }
}

static void fb_mul_pow10(FBig *a, int k) {
    while (k >= 9) {
        fb_mul_small(a, 1000000000u);
        k -= 9;
    }
    static const Limb p10[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    if (k > 0) {
        fb_mul_small(a, p10[k]);
    }
}

static void fb_shl(FBig *a, int bits) {
    int limbs = bits / LIMB_BITS;
    if (a->n == 0) {
        return;
    }
    if (limbs) {
        memmove(a->d + limbs, a->d, (size_t)a->n * sizeof(Limb));
        memset(a->d, 0, (size_t)limbs * sizeof(Limb));
        a->n += limbs;
    }
    Limb out = bn_lshift(a->d, a->d, (size_t)a->n, (unsigned)(bits % LIMB_BITS));
    if (out) {
        a->d[a->n++] = out;
    }
}

static int fb_cmp(const FBig *a, const FBig *b) {
    return bn_cmp(a->d, (size_t)a->n, b->d, (size_t)b->n);
}

static void fb_add(FBig *r, const FBig *a, const FBig *b) {
    if (a->n < b->n) {
        const FBig *t = a;
        a = b;
        b = t;
    }
    int n = a->n;
    Limb c = bn_add(r->d, a->d, (size_t)n, b->d, (size_t)b->n);
    r->n = n;
    if (c) {
        r->d[r->n++] = c;
    }
}

static void fb_sub(FBig *a, const FBig *b) {
    bn_sub(a->d, a->d, (size_t)a->n, b->d, (size_t)b->n);
    a->n = (int)bn_norm(a->d, (size_t)a->n);
}

// q = floor(r / s) for r < 10 s; r becomes r mod s.
static int fb_digit(FBig *r, const FBig *s) {
    int q = 0;
    while (fb_cmp(r, s) >= 0) {
        fb_sub(r, s);
        q++;
    }
    return q;
}

// f * 2**e == d, with f a 53-bit integer (fewer for subnormals).
static void decompose(double d, uint64_t *f, int *e, int *biased) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    int be = (int)((bits >> 52) & 0x7FF);
    uint64_t m = bits & (((uint64_t)1 << 52) - 1);
    if (be == 0) {
        *e = -1074;
    } else {
        m |= (uint64_t)1 << 52;
        *e = be - 1075;
    }
    *f = m;
    *biased = be;
}

// Digits of an integer below 2**64, trailing zeros stripped.
static int int_digits(uint64_t v, char *buf, int *decpt) {
    char tmp[24];
    int n = 0;
    while (v) {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    }
    *decpt = n;
    int len = 0;
    for (int i = n - 1; i >= 0; i--) {
        buf[len++] = tmp[i];
    }
    while (len > 1 && buf[len - 1] == '0') {
        len--;
    }
    return len;
}

static int estimate_k(double d) {
    return (int)ceil(log10(d) - 1e-10);
}

// --- shortest ---------------------------------------------------------------

int fpconv_shortest(double d, char *buf, int *decpt) {
    uint64_t f;
    int e, be;
    decompose(d, &f, &e, &be);
    if (e <= 0 && e > -53 && (f & ((((uint64_t)1) << -e) - 1)) == 0) {
        return int_digits(f >> -e, buf, decpt);
    }
    bool even = (f & 1) == 0;
    bool unequal = f == ((uint64_t)1 << 52) && be > 1;
    FBig r, s, mp, mm;
    if (e >= 0) {
        fb_set(&r, f);
        fb_set(&s, unequal ? 4 : 2);
        fb_set(&mp, 1);
        fb_shl(&mp, e + (unequal ? 1 : 0));
        fb_set(&mm, 1);
        fb_shl(&mm, e);
        fb_shl(&r, e + (unequal ? 2 : 1));
    } else {
        fb_set(&r, unequal ? f << 2 : f << 1);
        fb_set(&s, 1);
        fb_shl(&s, (unequal ? 2 : 1) - e);
        fb_set(&mp, unequal ? 2 : 1);
        fb_set(&mm, 1);
    }
    int k = estimate_k(d);
    if (k >= 0) {
        fb_mul_pow10(&s, k);
    } else {
        fb_mul_pow10(&r, -k);
        fb_mul_pow10(&mp, -k);
        fb_mul_pow10(&mm, -k);
    }
    FBig t;
    fb_add(&t, &r, &mp);
    int c = fb_cmp(&t, &s);
    if (even ? c >= 0 : c > 0) {
        fb_mul_small(&s, 10);
        k++;
    } else {
        fb_mul_small(&t, 10);
        c = fb_cmp(&t, &s);
        if (even ? c < 0 : c <= 0) {
            fb_mul_small(&r, 10);
            fb_mul_small(&mp, 10);
            fb_mul_small(&mm, 10);
            k--;
        }
    }
    *decpt = k;
    int n = 0;
    for (;;) {
        fb_mul_small(&r, 10);
        fb_mul_small(&mp, 10);
        fb_mul_small(&mm, 10);
        int dig = fb_digit(&r, &s);
        c = fb_cmp(&r, &mm);
        bool tc1 = even ? c <= 0 : c < 0;
        fb_add(&t, &r, &mp);
        c = fb_cmp(&t, &s);
        bool tc2 = even ? c >= 0 : c > 0;
        if (!tc1 && !tc2) {
            buf[n++] = (char)('0' + dig);
            if (n >= 20) {
                break;   // cannot happen for a double; guards the buffer
            }
            continue;
        }
        if (tc1 && tc2) {
            // Both neighbours are in range: take the nearer, ties to even.
            fb_add(&t, &r, &r);
            c = fb_cmp(&t, &s);
            if (c > 0 || (c == 0 && (dig & 1))) {
                dig++;
            }
        } else if (tc2) {
            dig++;
        }
        buf[n++] = (char)('0' + dig);
        break;
    }
    // A final digit of 10 cannot occur (the range check above keeps the
    // value below 10**k), but carry defensively.
    for (int i = n - 1; i > 0 && buf[i] > '9'; i--) {
        buf[i] = '0';
        buf[i - 1]++;
    }
    if (buf[0] > '9') {
        buf[0] = '1';
        n = 1;
        (*decpt)++;
    }
    while (n > 1 && buf[n - 1] == '0') {
        n--;
    }
    return n;
}

// --- exactly rounded digits -------------------------------------------

// Digits of d up to `want` significant digits counted from the first
// (want may exceed the exact length: the expansion just ends), rounded
// half-even on the exact value. `decpt` in/out: on entry unused.
static int exact_digits(double d, bool fixed, int n_arg, char *buf, int *decpt) {
    uint64_t f;
    int e, be;
    decompose(d, &f, &e, &be);
    FBig r, s;
    fb_set(&r, f);
    fb_set(&s, 1);
    if (e >= 0) {
        fb_shl(&r, e);
    } else {
        fb_shl(&s, -e);
    }
    int k = estimate_k(d);
    if (k >= 0) {
        fb_mul_pow10(&s, k);
    } else {
        fb_mul_pow10(&r, -k);
    }
    // Make 0.1 <= r/s < 1.
    if (fb_cmp(&r, &s) >= 0) {
        fb_mul_small(&s, 10);
        k++;
    } else {
        FBig t = r;
        fb_mul_small(&t, 10);
        if (fb_cmp(&t, &s) < 0) {
            fb_mul_small(&r, 10);
            k--;
        }
    }
    *decpt = k;
    long want = fixed ? (long)k + n_arg : n_arg;
    if (want < 0) {
        *decpt = -n_arg;
        return 0;
    }
    if (want == 0) {
        // Rounds to either 0 or one unit in the last place: compare with half.
        FBig t;
        fb_add(&t, &r, &r);
        if (fb_cmp(&t, &s) > 0) {
            buf[0] = '1';
            *decpt = k + 1;
            return 1;
        }
        *decpt = -n_arg;
        return 0;
    }
    int n = 0;
    while (n < want && n < FPCONV_MAX_DIGITS - 1 && r.n > 0) {
        fb_mul_small(&r, 10);
        buf[n++] = (char)('0' + fb_digit(&r, &s));
    }
    if (r.n > 0) {
        FBig t;
        fb_add(&t, &r, &r);
        int c = fb_cmp(&t, &s);
        if (c > 0 || (c == 0 && ((buf[n - 1] - '0') & 1))) {
            int i = n - 1;
            while (i >= 0 && buf[i] == '9') {
                buf[i] = '0';
                i--;
            }
            if (i < 0) {
                buf[0] = '1';
                n = 1;
                (*decpt)++;
            } else {
                buf[i]++;
            }
        }
    }
    while (n > 0 && buf[n - 1] == '0') {
        n--;
    }
    if (n == 0) {
        *decpt = fixed ? -n_arg : 1;
    }
    return n;
}

int fpconv_digits_bound(double d, bool fixed, int n) {
    long bound;
    if (fixed) {
        int e2;
        frexp(d, &e2);   // d < 2**e2, so fewer than e2 * log10(2) + 1 integral digits
        long k = (long)(e2 * 0.30103) + 2;
        bound = k + n + 1;
        if (bound < 1) {
            bound = 1;
        }
    } else {
        bound = n < 1 ? 1 : n;
    }
    return bound > FPCONV_MAX_DIGITS ? FPCONV_MAX_DIGITS : (int)bound;
}

int fpconv_fixed(double d, int ndigits, char *buf, int *decpt) {
    return exact_digits(d, true, ndigits, buf, decpt);
}

int fpconv_precision(double d, int nsig, char *buf, int *decpt) {
    return exact_digits(d, false, nsig < 1 ? 1 : nsig, buf, decpt);
}

// --- parsing ----------------------------------------------------------------

// Significant digits kept exactly; later nonzero digits only act as a
// sticky digit (halfway points of doubles have at most 767 digits).
#define PARSE_MAX_DIGITS 780

static const double exact_pow10[23] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

// n * 10**k into a fresh limb array of *len limbs.
static Limb *pow10_times(const Limb *n, size_t nn, long k, size_t *len) {
    size_t cap = nn + (size_t)(k * 0.104) + 3;   // log2(10)/32 < 0.104
    Limb *r = bn_alloc(cap);
    memcpy(r, n, nn * sizeof(Limb));
    size_t rn = nn;
    while (k > 0) {
        int step = k >= 9 ? 9 : (int)k;
        Limb m = 1;
        for (int i = 0; i < step; i++) {
            m *= 10;
        }
        Limb c = bn_mul_1(r, r, rn, m);
        if (c) {
            r[rn++] = c;
        }
        k -= step;
    }
    *len = rn;
    return r;
}

static double parse_slow(const uint8_t *dig, int nd, long exp10) {
    size_t cap = bn_from_digits_size((size_t)nd, 10);
    Limb *num = bn_alloc(cap);
    size_t nn = bn_from_digits(num, dig, (size_t)nd, 10);
    Limb one = 1;
    size_t an, bnn;
    Limb *a, *b;
    if (exp10 >= 0) {
        a = pow10_times(num, nn, exp10, &an);
        b = &one;
        bnn = 1;
    } else {
        a = num;
        an = nn;
        b = pow10_times(&one, 1, -exp10, &bnn);
    }
    bool overflow;
    double r = bn_ratio_to_double(a, an, b, bnn, &overflow);
    return overflow ? INFINITY : r;
}

bool fpconv_parse(const char *s, size_t len, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    uint8_t small[PARSE_MAX_DIGITS + 1];
    int nd = 0;              // significant digits kept
    long dropped_exp = 0;    // digits before the point not kept (scale up)
    long frac_digits = 0;    // kept digits after the point (scale down)
    bool sticky = false, any = false, point = false;
    for (; i < len; i++) {
        char c = s[i];
        if (c == '.') {
            if (point) {
                return false;
            }
            point = true;
            continue;
        }
        if (c < '0' || c > '9') {
            break;
        }
        any = true;
        if (nd == 0 && c == '0') {
            if (point) {
                frac_digits++;
            }
            continue;
        }
        if (nd < PARSE_MAX_DIGITS) {
            small[nd++] = (uint8_t)(c - '0');
            if (point) {
                frac_digits++;
            }
        } else {
            sticky = sticky || c != '0';
            if (!point) {
                dropped_exp++;
            }
        }
    }
    if (!any) {
        return false;
    }
    long exp10 = 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        bool eneg = false;
        if (i < len && (s[i] == '+' || s[i] == '-')) {
            eneg = s[i] == '-';
            i++;
        }
        if (i >= len || s[i] < '0' || s[i] > '9') {
            return false;
        }
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
            if (exp10 < 100000000) {
                exp10 = exp10 * 10 + (s[i] - '0');
            }
        }
        if (eneg) {
            exp10 = -exp10;
        }
    }
    if (i != len) {
        return false;
    }
    if (sticky) {
        // A digit 1 appended after the kept ones marks "a bit more than D"
        // without changing which side of any halfway point the value is.
        small[nd++] = 1;
        frac_digits++;
    }
    exp10 += dropped_exp - frac_digits;
    while (nd > 0 && small[nd - 1] == 0) {
        nd--;
        exp10++;
    }
    double r;
    if (nd == 0) {
        r = 0.0;
    } else if (nd + exp10 > 310) {
        r = INFINITY;
    } else if (nd + exp10 < -325) {
        r = 0.0;
    } else if (nd <= 15 && exp10 >= -22 && exp10 <= 22 + 15 - nd) {
        uint64_t m = 0;
        for (int j = 0; j < nd; j++) {
            m = m * 10 + small[j];
        }
        double x = (double)m;
        if (exp10 < 0) {
            r = x / exact_pow10[-exp10];
        } else if (exp10 <= 22) {
            r = x * exact_pow10[exp10];
        } else {
            r = x * exact_pow10[exp10 - 22] * 1e22;   // first product is exact
        }
    } else {
        r = parse_slow(small, nd, exp10);
    }
    *out = neg ? -r : r;
    return true;
}

// --- Unicode to ASCII for numeric text ---------------------------------

// First code point of each run of ten Unicode decimal digits (Nd), for
// Unicode 14 as in CPython 3.11.
static const uint32_t nd_zero[] = {
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66,
    0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810,
    0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
    0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30,
    0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
    0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool unicode_space(uint32_t c) {
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

size_t fpconv_ascii_numeric(const char *s, size_t len, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        uint8_t c = (uint8_t)s[i];
        if (c < 0x80) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        uint32_t cp = c & (0x3F >> extra);
        i++;
        for (int k = 0; k < extra && i < len; k++, i++) {
            cp = (cp << 6) | ((uint8_t)s[i] & 0x3F);
        }
        char m = '?';
        if (unicode_space(cp)) {
            m = ' ';
        } else {
            for (size_t z = 0; z < sizeof nd_zero / sizeof nd_zero[0]; z++) {
                if (cp >= nd_zero[z] && cp < nd_zero[z] + 10) {
                    m = (char)('0' + (cp - nd_zero[z]));
                    break;
                }
            }
        }
        out[o++] = m;
    }
    return o;
}
