// Arithmetic on Python ints: the small-int fast paths (which never
// allocate) and the bignum paths over bigint.c's limb functions, with
// Python's semantics (floor division, modulo with the sign of the divisor,
// two's-complement bitwise operations on negative numbers, exact int/float
// comparison, correctly rounded int/int true division and int -> float
// conversion) and CPython's hash (modulo 2**61-1 on 64-bit hosts). Every
// result is normalized: a value that fits a small int is a small int.
#include <float.h>
#include <math.h>
#include <string.h>
#include "gc.h"
#include "int_impl.h"
#include "obj_float.h"
#include "obj_int.h"
#include "vm_raise.h"

// --- views and results --------------------------------------------------

void int_view(IntView *iv, Value v) {
    if (val_is_small_int(v)) {
        intptr_t i = val_small_int(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)(int64_t)i : (uint64_t)i;
        iv->neg = i < 0;
        iv->buf[0] = (Limb)m;
        iv->buf[1] = (Limb)(m >> 32);
        iv->d = iv->buf;
        iv->n = iv->buf[1] ? 2 : (iv->buf[0] ? 1 : 0);
    } else {
        IntObj *o = val_bigint(v);
        iv->d = o->d;
        iv->n = o->len;
        iv->neg = o->neg != 0;
    }
}

IntObj *int_alloc(size_t n) {
    IntObj *o = (IntObj *)gc_alloc(sizeof(IntObj) + (n ? n : 1) * sizeof(Limb), true);
    o->base.type = &int_type;
    return o;
}

// The magnitude as a small int when it fits.
static bool mag_small(const Limb *d, size_t n, bool neg, intptr_t *out) {
    if (n > 2) {
        return false;
    }
    uint64_t m = n == 0 ? 0 : (n == 1 ? d[0] : ((uint64_t)d[1] << 32) | d[0]);
    if (neg) {
        if (m > (uint64_t)SMALL_INT_MAX + 1) {
            return false;
        }
        *out = (intptr_t)(0 - (int64_t)m);
    } else {
        if (m > (uint64_t)SMALL_INT_MAX) {
            return false;
        }
        *out = (intptr_t)m;
    }
    return true;
}

Value int_finish(IntObj *o, size_t n, bool neg) {
    n = bn_norm(o->d, n);
    intptr_t small;
    if (mag_small(o->d, n, neg, &small)) {
        return val_from_small_int(small);
    }
    o->len = (uint32_t)n;
    o->neg = neg;
    return OBJ_VAL(o);
}

Value int_from_limbs(const Limb *d, size_t n, bool neg) {
    n = bn_norm(d, n);
    intptr_t small;
    if (mag_small(d, n, neg, &small)) {
        return val_from_small_int(small);
    }
    IntObj *o = int_alloc(n);
    memcpy(o->d, d, n * sizeof(Limb));
    o->len = (uint32_t)n;
    o->neg = neg;
    return OBJ_VAL(o);
}

static Value from_mag64(uint64_t m, bool neg) {
    Limb d[2] = {(Limb)m, (Limb)(m >> 32)};
    return int_from_limbs(d, 2, neg);
}

Value int_from_i64(int64_t i) {
    if (i >= SMALL_INT_MIN && i <= SMALL_INT_MAX) {
        return val_from_small_int((intptr_t)i);
    }
    return from_mag64(i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i, i < 0);
}

Value int_from_u64(uint64_t u) {
    if (u <= (uint64_t)SMALL_INT_MAX) {
        return val_from_small_int((intptr_t)u);
    }
    return from_mag64(u, false);
}

bool int_to_i64(Value v, int64_t *out) {
    v = int_coerce(v);
    if (val_is_small_int(v)) {
        *out = val_small_int(v);
        return true;
    }
    if (v == VAL_NULL) {
        return false;
    }
    IntObj *o = val_bigint(v);
    if (o->len > 2) {
        return false;
    }
    uint64_t m = o->len == 1 ? o->d[0] : ((uint64_t)o->d[1] << 32) | o->d[0];
    if (o->neg) {
        if (m > (uint64_t)INT64_MAX + 1) {
            return false;
        }
        *out = (int64_t)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX) {
            return false;
        }
        *out = (int64_t)m;
    }
    return true;
}

bool int_to_u64(Value v, uint64_t *out) {
    v = int_coerce(v);
    if (val_is_small_int(v)) {
        intptr_t i = val_small_int(v);
        *out = (uint64_t)i;
        return i >= 0;
    }
    if (v == VAL_NULL) {
        return false;
    }
    IntObj *o = val_bigint(v);
    if (o->neg || o->len > 2) {
        return false;
    }
    *out = o->len == 1 ? o->d[0] : ((uint64_t)o->d[1] << 32) | o->d[0];
    return true;
}

intptr_t int_as_intptr(Value v) {
    Value c = int_coerce(v);
    if (c == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "an integer is required (got type %T)", v);
    }
    int64_t i;
    if (!int_to_i64(c, &i) || i < INTPTR_MIN || i > INTPTR_MAX) {
        vm_raise(&exc_OverflowError_type, "Python int too large to convert to C ssize_t");
    }
    return (intptr_t)i;
}

Value int_coerce(Value v) {
    if (val_is_small_int(v) || val_is_bigint(v)) {
        return v;
    }
    if (v == VAL_TRUE) {
        return val_from_small_int(1);
    }
    if (v == VAL_FALSE) {
        return val_from_small_int(0);
    }
    if (val_is_obj(v) && (VAL_OBJ(v)->type->flags & TYPE_FLAG_HEAP)) {
        Value n = obj_native(v);
        if (n != v && n != VAL_NULL) {
            return int_coerce(n);
        }
    }
    return VAL_NULL;
}

int int_sign(Value v) {
    v = int_coerce(v);
    if (val_is_small_int(v)) {
        intptr_t i = val_small_int(v);
        return (i > 0) - (i < 0);
    }
    return val_bigint(v)->neg ? -1 : 1;
}

// --- add, subtract, multiply -------------------------------------------

// a + b, or a - b when `negb`.
static Value add_views(const IntView *a, const IntView *b, bool negb) {
    bool bneg = b->neg != negb;
    if (a->neg == bneg) {
        const IntView *x = a, *y = b;
        if (x->n < y->n) {
            x = b;
            y = a;
        }
        IntObj *o = int_alloc(x->n + 1);
        o->d[x->n] = bn_add(o->d, x->d, x->n, y->d, y->n);
        return int_finish(o, x->n + 1, a->neg);
    }
    int c = bn_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) {
        return val_from_small_int(0);
    }
    if (c > 0) {
        IntObj *o = int_alloc(a->n);
        bn_sub(o->d, a->d, a->n, b->d, b->n);
        return int_finish(o, a->n, a->neg);
    }
    IntObj *o = int_alloc(b->n);
    bn_sub(o->d, b->d, b->n, a->d, a->n);
    return int_finish(o, b->n, bneg);
}

// Bools as ints; everything else is passed through.
static inline Value unbool(Value v) {
    if (v == VAL_TRUE) {
        return val_from_small_int(1);
    }
    if (v == VAL_FALSE) {
        return val_from_small_int(0);
    }
    return v;
}

Value int_add(Value a, Value b) {
    a = unbool(a);
    b = unbool(b);
    if (val_is_small_int(a) && val_is_small_int(b)) {
        return int_from_i64((int64_t)val_small_int(a) + val_small_int(b));
    }
    IntView va, vb;
    int_view(&va, a);
    int_view(&vb, b);
    return add_views(&va, &vb, false);
}

Value int_sub(Value a, Value b) {
    a = unbool(a);
    b = unbool(b);
    if (val_is_small_int(a) && val_is_small_int(b)) {
        return int_from_i64((int64_t)val_small_int(a) - val_small_int(b));
    }
    IntView va, vb;
    int_view(&va, a);
    int_view(&vb, b);
    return add_views(&va, &vb, true);
}

Value int_neg(Value a) {
    a = unbool(a);
    if (val_is_small_int(a)) {
        return int_from_i64(-(int64_t)val_small_int(a));
    }
    IntObj *o = val_bigint(a);
    return int_from_limbs(o->d, o->len, !o->neg);
}

static Value mul_views(const IntView *a, const IntView *b) {
    if (a->n == 0 || b->n == 0) {
        return val_from_small_int(0);
    }
    IntObj *o = int_alloc(a->n + b->n);
    if (a->d == b->d && a->n == b->n) {
        // Squaring: bn_mul must not see overlapping output, inputs may alias.
        bn_mul(o->d, a->d, a->n, a->d, a->n);
    } else {
        bn_mul(o->d, a->d, a->n, b->d, b->n);
    }
    return int_finish(o, a->n + b->n, a->neg != b->neg);
}

Value int_mul(Value a, Value b) {
    a = unbool(a);
    b = unbool(b);
    if (val_is_small_int(a) && val_is_small_int(b)) {
        int64_t r;
        if (!__builtin_mul_overflow((int64_t)val_small_int(a), (int64_t)val_small_int(b), &r)) {
            return int_from_i64(r);
        }
    }
    IntView va, vb;
    int_view(&va, a);
    int_view(&vb, b);
    return mul_views(&va, &vb);
}

// --- division ----------------------------------------------------------

// Floor division and modulo of views (b nonzero). Either output may be NULL.
static void divmod_views(const IntView *a, const IntView *b, Value *q, Value *r) {
    Value q0 = val_from_small_int(0), r0;
    bool rzero = a->n == 0;
    if (bn_cmp(a->d, a->n, b->d, b->n) >= 0) {
        size_t qn = a->n - b->n + 1;
        IntObj *qo = int_alloc(qn + 1);
        IntObj *ro = int_alloc(b->n);
        bn_divrem(qo->d, ro->d, a->d, a->n, b->d, b->n);
        rzero = bn_norm(ro->d, b->n) == 0;
        if (!rzero && a->neg != b->neg) {
            // Floor: the quotient's magnitude grows by one, the remainder
            // becomes |b| - r.
            qo->d[qn] = bn_add_1(qo->d, qo->d, qn, 1);
            qn++;
            bn_sub(ro->d, b->d, b->n, ro->d, b->n);
        }
        q0 = int_finish(qo, qn, a->neg != b->neg);
        r0 = int_finish(ro, b->n, b->neg);
        if (q) {
            *q = q0;
        }
        if (r) {
            *r = r0;
        }
        return;
    }
    // |a| < |b|
    if (!rzero && a->neg != b->neg) {
        // q = -1, r = a + b (sign of b)
        q0 = val_from_small_int(-1);
        r0 = add_views(a, b, false);
    } else {
        r0 = int_from_limbs(a->d, a->n, a->neg);
    }
    if (q) {
        *q = q0;
    }
    if (r) {
        *r = r0;
    }
}

static bool is_zero(Value v) { return v == val_from_small_int(0); }

static void small_divmod(intptr_t a, intptr_t b, int64_t *q, int64_t *r) {
    int64_t qq = (int64_t)a / b, rr = (int64_t)a % b;
    if (rr != 0 && ((rr < 0) != (b < 0))) {
        qq--;
        rr += b;
    }
    *q = qq;
    *r = rr;
}

static void divmod_values(Value a, Value b, Value *q, Value *r) {
    if (val_is_small_int(a) && val_is_small_int(b)) {
        int64_t qq, rr;
        small_divmod(val_small_int(a), val_small_int(b), &qq, &rr);
        if (q) {
            *q = int_from_i64(qq);
        }
        if (r) {
            *r = int_from_i64(rr);
        }
        return;
    }
    IntView va, vb;
    int_view(&va, a);
    int_view(&vb, b);
    divmod_views(&va, &vb, q, r);
}

Value int_floordiv(Value a, Value b) {
    a = unbool(a);
    b = unbool(b);
    if (is_zero(b)) {
        vm_raise(&exc_ZeroDivisionError_type, "integer division or modulo by zero");
    }
    Value q;
    divmod_values(a, b, &q, NULL);
    return q;
}

Value int_mod(Value a, Value b) {
    a = unbool(a);
    b = unbool(b);
    if (is_zero(b)) {
        vm_raise(&exc_ZeroDivisionError_type, "integer modulo by zero");
    }
    Value r;
    divmod_values(a, b, NULL, &r);
    return r;
}

Value int_divmod(Value a, Value b) {
    a = unbool(a);
    b = unbool(b);
    if (is_zero(b)) {
        vm_raise(&exc_ZeroDivisionError_type, "integer division or modulo by zero");
    }
    Value qr[2];
    divmod_values(a, b, &qr[0], &qr[1]);
    return tuple_new(2, qr);
}

// --- shifts and bitwise operations ------------------------------------

Value int_lshift(Value a, size_t n) {
    a = unbool(a);
    if (is_zero(a) || n == 0) {
        return a;
    }
    if (val_is_small_int(a) && n < 62) {
        int64_t i = val_small_int(a);
        int64_t lim = (int64_t)1 << (62 - n);
        if (i < lim && i > -lim) {
            return int_from_i64(i * ((int64_t)1 << n));
        }
    }
    IntView va;
    int_view(&va, a);
    size_t limbs = n / LIMB_BITS;
    if (limbs > (size_t)0x3FFFFFFF) {
        vm_raise_memory_error();
    }
    IntObj *o = int_alloc(va.n + limbs + 1);
    o->d[va.n + limbs] = bn_lshift(o->d + limbs, va.d, va.n, (unsigned)(n % LIMB_BITS));
    return int_finish(o, va.n + limbs + 1, va.neg);
}

Value int_rshift(Value a, size_t n) {
    a = unbool(a);
    if (val_is_small_int(a)) {
        intptr_t i = val_small_int(a);
        if (n >= sizeof(intptr_t) * 8) {
            return val_from_small_int(i < 0 ? -1 : 0);
        }
        return val_from_small_int(i >> n);   // arithmetic shift: floor
    }
    IntView va;
    int_view(&va, a);
    size_t limbs = n / LIMB_BITS;
    if (limbs >= va.n) {
        return val_from_small_int(va.neg ? -1 : 0);
    }
    size_t rn = va.n - limbs;
    IntObj *o = int_alloc(rn + 1);
    Limb out = bn_rshift(o->d, va.d + limbs, rn, (unsigned)(n % LIMB_BITS));
    if (va.neg) {
        // floor(-x / 2**n) = -ceil(x / 2**n): round the magnitude up when
        // any bit was shifted out.
        bool lost = out != 0;
        for (size_t i = 0; i < limbs && !lost; i++) {
            lost = va.d[i] != 0;
        }
        if (lost) {
            o->d[rn] = bn_add_1(o->d, o->d, rn, 1);
            rn++;
        }
    }
    return int_finish(o, rn, va.neg);
}

// Two's complement of a view in n limbs (n > iv->n).
static void to_twos(Limb *out, const IntView *iv, size_t n) {
    memset(out, 0, n * sizeof(Limb));
    memcpy(out, iv->d, iv->n * sizeof(Limb));
    if (iv->neg) {
        for (size_t i = 0; i < n; i++) {
            out[i] = ~out[i];
        }
        bn_add_1(out, out, n, 1);
    }
}

static Value bitwise(int op, Value a, Value b) {
    if (val_is_small_int(a) && val_is_small_int(b)) {
        intptr_t x = val_small_int(a), y = val_small_int(b);
        intptr_t r = op == BINOP_AND ? (x & y) : op == BINOP_OR ? (x | y) : (x ^ y);
        return val_from_small_int(r);
    }
    IntView va, vb;
    int_view(&va, a);
    int_view(&vb, b);
    size_t n = (va.n > vb.n ? va.n : vb.n) + 1;
    Limb *x = bn_alloc(2 * n);
    Limb *y = x + n;
    to_twos(x, &va, n);
    to_twos(y, &vb, n);
    IntObj *o = int_alloc(n);
    for (size_t i = 0; i < n; i++) {
        o->d[i] = op == BINOP_AND ? (x[i] & y[i]) : op == BINOP_OR ? (x[i] | y[i]) : (x[i] ^ y[i]);
    }
    gc_free(x);
    bool neg = (o->d[n - 1] >> (LIMB_BITS - 1)) != 0;
    if (neg) {
        for (size_t i = 0; i < n; i++) {
            o->d[i] = ~o->d[i];
        }
        bn_add_1(o->d, o->d, n, 1);
    }
    return int_finish(o, n, neg);
}

static Value int_invert(Value a) {
    a = unbool(a);
    if (val_is_small_int(a)) {
        return val_from_small_int(~val_small_int(a));
    }
    return int_sub(int_neg(a), val_from_small_int(1));
}

// --- power ---------------------------------------------------------------

// a ** e for e >= 0 fitting size_t, no modulus.
static Value pow_plain(Value a, uint64_t e) {
    if (e == 0) {
        return val_from_small_int(1);
    }
    if (val_is_small_int(a)) {
        intptr_t i = val_small_int(a);
        if (i == 0 || i == 1) {
            return a;
        }
        if (i == -1) {
            return val_from_small_int((e & 1) ? -1 : 1);
        }
        // A power of two: one shift.
        uint64_t m = i < 0 ? (uint64_t)(-(int64_t)i) : (uint64_t)i;
        if ((m & (m - 1)) == 0) {
            unsigned k = (unsigned)__builtin_ctzll(m);
            if (e > (uint64_t)SIZE_MAX / k / 2) {
                vm_raise_memory_error();
            }
            Value r = int_lshift(val_from_small_int(1), (size_t)(e * k));
            return (i < 0 && (e & 1)) ? int_neg(r) : r;
        }
        // Small result: repeated squaring in 64 bits while it fits.
        int64_t base = i, acc = 1;
        uint64_t ee = e;
        bool ok = true;
        while (ee) {
            if (ee & 1) {
                if (__builtin_mul_overflow(acc, base, &acc)) {
                    ok = false;
                    break;
                }
            }
            ee >>= 1;
            if (ee && __builtin_mul_overflow(base, base, &base)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            return int_from_i64(acc);
        }
    }
    if (e > ((uint64_t)1 << 40)) {
        vm_raise_memory_error();
    }
    // Left-to-right binary exponentiation.
    int top = 63 - __builtin_clzll(e);
    Value r = a;
    for (int bit = top - 1; bit >= 0; bit--) {
        r = int_mul(r, r);
        if ((e >> bit) & 1) {
            r = int_mul(r, a);
        }
    }
    return r;
}

// Non-negative x mod m for m > 0.
static Value mod_pos(Value x, Value m) {
    Value r;
    divmod_values(x, m, NULL, &r);
    return r;
}

static Value mod_inverse(Value a, Value m) {
    Value t = a, u = m, x = val_from_small_int(1), y = val_from_small_int(0);
    while (!is_zero(u)) {
        Value q, r;
        divmod_values(t, u, &q, &r);
        t = u;
        u = r;
        Value ny = int_sub(x, int_mul(q, y));
        x = y;
        y = ny;
    }
    if (t != val_from_small_int(1)) {
        vm_raise(&exc_ValueError_type, "base is not invertible for the given modulus");
    }
    return mod_pos(x, m);
}

static Value pow_mod(Value a, Value e, Value m) {
    if (is_zero(m)) {
        vm_raise(&exc_ValueError_type, "pow() 3rd argument cannot be 0");
    }
    bool mneg = int_sign(m) < 0;
    if (mneg) {
        m = int_neg(m);
    }
    if (m == val_from_small_int(1)) {
        return val_from_small_int(0);
    }
    a = mod_pos(a, m);
    if (int_sign(e) < 0) {
        a = mod_inverse(a, m);
        e = int_neg(e);
    }
    Value r = val_from_small_int(1);
    IntView ve;
    int_view(&ve, e);
    size_t bits = bn_bit_length(ve.d, ve.n);
    for (size_t i = bits; i-- > 0;) {
        r = mod_pos(int_mul(r, r), m);
        if ((ve.d[i / LIMB_BITS] >> (i % LIMB_BITS)) & 1) {
            r = mod_pos(int_mul(r, a), m);
        }
    }
    if (mneg && !is_zero(r)) {
        r = int_sub(r, m);
    }
    return r;
}

Value int_pow(Value a, Value b, Value m) {
    a = unbool(a);
    b = unbool(b);
    if (m != VAL_NULL) {
        return pow_mod(a, b, unbool(m));
    }
    if (int_sign(b) < 0) {
        return float_new(float_pow_double(int_to_double(a), int_to_double(b)));
    }
    int64_t e;
    if (!int_to_i64(b, &e)) {
        // Astronomical exponent: only trivial bases have a result.
        if (a == val_from_small_int(0) || a == val_from_small_int(1)) {
            return a;
        }
        if (a == val_from_small_int(-1)) {
            IntView vb;
            int_view(&vb, b);
            return val_from_small_int((vb.d[0] & 1) ? -1 : 1);
        }
        vm_raise_memory_error();
    }
    return pow_plain(a, (uint64_t)e);
}

// --- comparison --------------------------------------------------------

int int_cmp(Value a, Value b) {
    a = unbool(a);
    b = unbool(b);
    if (val_is_small_int(a) && val_is_small_int(b)) {
        intptr_t x = val_small_int(a), y = val_small_int(b);
        return (x > y) - (x < y);
    }
    IntView va, vb;
    int_view(&va, a);
    int_view(&vb, b);
    if (va.neg != vb.neg) {
        return va.neg ? -1 : 1;
    }
    int c = bn_cmp(va.d, va.n, vb.d, vb.n);
    return va.neg ? -c : c;
}

int int_cmp_double(Value a, double d) {
    a = unbool(a);
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    if (val_is_small_int(a)) {
        int64_t i = val_small_int(a);
        if (i > -((int64_t)1 << 53) && i < ((int64_t)1 << 53)) {
            double x = (double)i;
            return (x > d) - (x < d);
        }
    }
    int sa = int_sign(a);
    int sd = (d > 0) - (d < 0);
    if (sa != sd) {
        return sa < sd ? -1 : 1;
    }
    // Same sign, both nonzero. Compare bit lengths first.
    int e;
    frexp(d, &e);   // |d| in [2**(e-1), 2**e)
    size_t nbits = int_bit_length(a);
    if (e <= 0 || nbits != (size_t)e) {
        bool abs_a_bigger = e <= 0 || nbits > (size_t)e;
        return (abs_a_bigger ? 1 : -1) * sa;
    }
    // Same magnitude range: compare with the integral part exactly.
    double ip;
    double frac = modf(d, &ip);
    int c = int_cmp(a, int_from_double(ip));
    if (c != 0) {
        return c;
    }
    if (frac == 0.0) {
        return 0;
    }
    return frac > 0 ? -1 : 1;
}

// --- conversion to and from double ------------------------------------

size_t int_bit_length(Value v) {
    v = unbool(v);
    IntView iv;
    int_view(&iv, v);
    return bn_bit_length(iv.d, iv.n);
}

Value int_from_double(double d) {
    if (isnan(d)) {
        vm_raise(&exc_ValueError_type, "cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        vm_raise(&exc_OverflowError_type, "cannot convert float infinity to integer");
    }
    d = trunc(d);
    if (d > -9.2e18 && d < 9.2e18) {
        return int_from_i64((int64_t)d);
    }
    int e;
    double m = frexp(fabs(d), &e);   // |d| = m * 2**e, m in [0.5, 1)
    uint64_t mant = (uint64_t)ldexp(m, 64);
    Value r = int_from_u64(mant);
    r = int_lshift(r, (size_t)(e - 64));
    return d < 0 ? int_neg(r) : r;
}

// Magnitude to double, correctly rounded (half to even); sets *overflow
// when the result does not fit.
static double mag_to_double(const Limb *d, size_t n, bool *overflow) {
    *overflow = false;
    size_t bits = bn_bit_length(d, n);
    if (bits <= 64) {
        uint64_t m = n == 0 ? 0 : (n == 1 ? d[0] : ((uint64_t)d[1] << 32) | d[0]);
        return (double)m;   // one correctly rounded conversion
    }
    if (bits > DBL_MAX_EXP) {
        *overflow = true;
        return 0.0;
    }
    // Keep the top 55 bits and fold everything below into a sticky bit, so
    // the single rounding of the 64-bit conversion is the correct one.
    size_t shift = bits - 55;
    uint64_t top = 0;
    for (size_t i = 0; i < 55; i++) {
        size_t bit = shift + i;
        top |= (uint64_t)((d[bit / LIMB_BITS] >> (bit % LIMB_BITS)) & 1) << i;
    }
    bool sticky = false;
    for (size_t i = 0; i < shift / LIMB_BITS && !sticky; i++) {
        sticky = d[i] != 0;
    }
    if (!sticky && shift % LIMB_BITS) {
        sticky = (d[shift / LIMB_BITS] & (((Limb)1 << (shift % LIMB_BITS)) - 1)) != 0;
    }
    top |= sticky;
    double r = ldexp((double)top, (int)shift);
    if (isinf(r)) {
        *overflow = true;
    }
    return r;
}

double int_to_double(Value v) {
    v = unbool(v);
    if (val_is_small_int(v)) {
        return (double)val_small_int(v);
    }
    IntObj *o = val_bigint(v);
    bool overflow;
    double r = mag_to_double(o->d, o->len, &overflow);
    if (overflow) {
        vm_raise(&exc_OverflowError_type, "int too large to convert to float");
    }
    return o->neg ? -r : r;
}

double int_truediv_double(Value a, Value b) {
    a = unbool(a);
    b = unbool(b);
    if (is_zero(b)) {
        vm_raise(&exc_ZeroDivisionError_type, "division by zero");
    }
    if (val_is_small_int(a) && val_is_small_int(b)) {
        int64_t x = val_small_int(a), y = val_small_int(b);
        const int64_t lim = (int64_t)1 << DBL_MANT_DIG;
        if (x > -lim && x < lim && y > -lim && y < lim) {
            return (double)x / (double)y;   // both exact: one rounding
        }
    }
    IntView va, vb;
    int_view(&va, a);
    int_view(&vb, b);
    bool overflow;
    double r = bn_ratio_to_double(va.d, va.n, vb.d, vb.n, &overflow);
    if (overflow) {
        vm_raise(&exc_OverflowError_type, "integer division result too large for a float");
    }
    return va.neg != vb.neg ? -r : r;
}

// --- hash ------------------------------------------------------------------

#if UINTPTR_MAX > 0xFFFFFFFFu
#define HASH_BITS 61
#else
#define HASH_BITS 31
#endif
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

uintptr_t int_hash(Value v) {
    v = unbool(v);
    uint64_t x;
    bool neg;
    if (val_is_small_int(v)) {
        intptr_t i = val_small_int(v);
        neg = i < 0;
        x = (neg ? (uint64_t)0 - (uint64_t)(int64_t)i : (uint64_t)i) % HASH_MOD;
    } else {
        IntObj *o = val_bigint(v);
        neg = o->neg != 0;
        x = 0;
        // Multiplying by 2**16 modulo 2**HASH_BITS - 1 is a rotation.
        for (size_t i = o->len; i-- > 0;) {
            for (int half = 1; half >= 0; half--) {
                x = ((x << 16) & HASH_MOD) | (x >> (HASH_BITS - 16));
                x += (o->d[i] >> (16 * half)) & 0xFFFF;
                if (x >= HASH_MOD) {
                    x -= HASH_MOD;
                }
            }
        }
    }
    intptr_t h = neg ? -(intptr_t)x : (intptr_t)x;
    if (h == -1) {
        h = -2;
    }
    return (uintptr_t)h;
}

// --- the binary operator slot ----------------------------------------

// a OP b for two int values (bools already mapped by the caller).
Value int_binary_op_values(int op, Value a, Value b) {
    switch (op) {
        case BINOP_ADD:
            return int_add(a, b);
        case BINOP_SUB:
            return int_sub(a, b);
        case BINOP_MUL:
            return int_mul(a, b);
        case BINOP_TRUEDIV:
            return float_new(int_truediv_double(a, b));
        case BINOP_FLOORDIV:
            return int_floordiv(a, b);
        case BINOP_MOD:
            return int_mod(a, b);
        case BINOP_POW:
            return int_pow(a, b, VAL_NULL);
        case BINOP_LSHIFT:
        case BINOP_RSHIFT: {
            if (int_sign(b) < 0) {
                vm_raise(&exc_ValueError_type, "negative shift count");
            }
            int64_t n;
            bool fits = int_to_i64(b, &n) && (uint64_t)n <= (uint64_t)SIZE_MAX / 2;
            if (op == BINOP_RSHIFT) {
                if (!fits) {
                    return val_from_small_int(int_sign(a) < 0 ? -1 : 0);
                }
                return int_rshift(a, (size_t)n);
            }
            if (is_zero(a)) {
                return a;
            }
            if (!fits) {
                vm_raise(&exc_OverflowError_type, "too many digits in integer");
            }
            return int_lshift(a, (size_t)n);
        }
        case BINOP_AND:
        case BINOP_OR:
        case BINOP_XOR:
            return bitwise(op, a, b);
        default:
            return VAL_NULL;
    }
}

Value int_unary_op_value(int op, Value a) {
    a = unbool(a);
    switch (op) {
        case UNOP_NEG:
            return int_neg(a);
        case UNOP_POS:
            return a;
        case UNOP_INVERT:
            return int_invert(a);
        case UNOP_ABS:
            return int_sign(a) < 0 ? int_neg(a) : a;
        case UNOP_BOOL:
            return val_bool(!is_zero(a));
        default:
            return VAL_NULL;
    }
}
