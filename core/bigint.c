// Natural-number arithmetic on limb arrays (see bigint.h): addition,
// subtraction, schoolbook and Karatsuba multiplication, Knuth's long
// division, shifts, and divide-and-conquer conversion to and from digit
// strings in any base 2..36. Signs, small ints and Python semantics live in
// obj_int.c. Scratch memory comes from gc_alloc (no-scan blocks), so large
// operations may raise MemoryError; nothing here keeps a pointer after it
// returns.
#include <float.h>
#include <math.h>
#include <string.h>
#include "bigint.h"
#include "gc.h"

// Below this many limbs (of the shorter operand) schoolbook multiplication
// beats Karatsuba. Measured on the host; a power-of-two-ish middle value
// is fine for MCUs too.
#define KARATSUBA_THRESHOLD 28
// Below this many limbs conversion to a string divides by one limb per
// digit group; above, it splits by powers of the base.
#define TOSTR_DC_THRESHOLD 30
// Below this many digits a parse multiplies by one limb per digit group.
#define FROMSTR_DC_THRESHOLD 400

Limb *bn_alloc(size_t n) {
    return (Limb *)gc_alloc((n ? n : 1) * sizeof(Limb), true);
}

size_t bn_norm(const Limb *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) {
        n--;
    }
    return n;
}

int bn_cmp_n(const Limb *a, const Limb *b, size_t n) {
    while (n-- > 0) {
        if (a[n] != b[n]) {
            return a[n] < b[n] ? -1 : 1;
        }
    }
    return 0;
}

int bn_cmp(const Limb *a, size_t an, const Limb *b, size_t bn) {
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    return bn_cmp_n(a, b, an);
}

Limb bn_add_1(Limb *r, const Limb *a, size_t n, Limb b) {
    for (size_t i = 0; i < n; i++) {
        Limb s = a[i] + b;
        b = s < b;
        r[i] = s;
    }
    return b;
}

Limb bn_sub_1(Limb *r, const Limb *a, size_t n, Limb b) {
    for (size_t i = 0; i < n; i++) {
        Limb x = a[i];
        r[i] = x - b;
        b = x < b;
    }
    return b;
}

Limb bn_add(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn) {
    Limb carry = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        DLimb s = (DLimb)a[i] + b[i] + carry;
        r[i] = (Limb)s;
        carry = (Limb)(s >> LIMB_BITS);
    }
    return bn_add_1(r + i, a + i, an - i, carry);
}

Limb bn_sub(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn) {
    Limb borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        DLimb d = (DLimb)a[i] - b[i] - borrow;
        r[i] = (Limb)d;
        borrow = (Limb)(d >> LIMB_BITS) & 1;
    }
    return bn_sub_1(r + i, a + i, an - i, borrow);
}

Limb bn_mul_1(Limb *r, const Limb *a, size_t n, Limb m) {
    Limb carry = 0;
    for (size_t i = 0; i < n; i++) {
        DLimb p = (DLimb)a[i] * m + carry;
        r[i] = (Limb)p;
        carry = (Limb)(p >> LIMB_BITS);
    }
    return carry;
}

Limb bn_addmul_1(Limb *r, const Limb *a, size_t n, Limb m) {
    Limb carry = 0;
    for (size_t i = 0; i < n; i++) {
        DLimb p = (DLimb)a[i] * m + r[i] + carry;
        r[i] = (Limb)p;
        carry = (Limb)(p >> LIMB_BITS);
    }
    return carry;
}

// r -= a * m (n limbs); returns the borrow limb.
static Limb submul_1(Limb *r, const Limb *a, size_t n, Limb m) {
    Limb borrow = 0;
    for (size_t i = 0; i < n; i++) {
        DLimb p = (DLimb)a[i] * m + borrow;
        Limb lo = (Limb)p;
        Limb x = r[i];
        r[i] = x - lo;
        borrow = (Limb)(p >> LIMB_BITS) + (x < lo);
    }
    return borrow;
}

Limb bn_lshift(Limb *r, const Limb *a, size_t n, unsigned s) {
    if (n == 0) {
        return 0;
    }
    if (s == 0) {
        memmove(r, a, n * sizeof(Limb));
        return 0;
    }
    Limb out = a[n - 1] >> (LIMB_BITS - s);
    for (size_t i = n - 1; i > 0; i--) {
        r[i] = (a[i] << s) | (a[i - 1] >> (LIMB_BITS - s));
    }
    r[0] = a[0] << s;
    return out;
}

Limb bn_rshift(Limb *r, const Limb *a, size_t n, unsigned s) {
    if (n == 0) {
        return 0;
    }
    if (s == 0) {
        memmove(r, a, n * sizeof(Limb));
        return 0;
    }
    Limb out = a[0] << (LIMB_BITS - s);
    for (size_t i = 0; i + 1 < n; i++) {
        r[i] = (a[i] >> s) | (a[i + 1] << (LIMB_BITS - s));
    }
    r[n - 1] = a[n - 1] >> s;
    return out;
}

size_t bn_bit_length(const Limb *a, size_t n) {
    n = bn_norm(a, n);
    if (n == 0) {
        return 0;
    }
    return (n - 1) * LIMB_BITS + (LIMB_BITS - (size_t)__builtin_clz(a[n - 1]));
}

// --- multiplication ---------------------------------------------------

static void mul_basecase(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn) {
    r[an] = bn_mul_1(r, a, an, b[0]);
    for (size_t i = 1; i < bn; i++) {
        r[an + i] = bn_addmul_1(r + i, a, an, b[i]);
    }
}

static void mul_rec(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn, Limb *scratch);

// Balanced Karatsuba: an >= bn > h = ceil(an / 2). Uses scratch of
// 4h + 4 limbs plus what the recursive calls need.
static void mul_karatsuba(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn,
                          Limb *scratch) {
    size_t h = (an + 1) / 2;
    const Limb *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t a1n = an - h, b1n = bn - h;
    Limb *sa = scratch, *sb = scratch + h + 1, *z1 = scratch + 2 * h + 2;
    Limb *rest = z1 + 2 * h + 2;
    // sa = a0 + a1, sb = b0 + b1 (h + 1 limbs each)
    sa[h] = bn_add(sa, a0, h, a1, a1n);
    sb[h] = bn_add(sb, b0, h, b1, b1n);
    // z0 = a0 * b0 in r[0..2h), z2 = a1 * b1 in r[2h..an+bn)
    mul_rec(r, a0, h, b0, h, rest);
    if (a1n >= b1n) {
        mul_rec(r + 2 * h, a1, a1n, b1, b1n, rest);
    } else {
        mul_rec(r + 2 * h, b1, b1n, a1, a1n, rest);
    }
    size_t sn = h + 1;
    mul_rec(z1, sa, sn, sb, sn, rest);
    size_t zn = 2 * sn;
    // z1 -= z0 + z2 (never negative)
    bn_sub(z1, z1, zn, r, 2 * h);
    bn_sub(z1, z1, zn, r + 2 * h, a1n + b1n);
    // r += z1 << (h limbs)
    size_t top = an + bn - h;
    size_t zl = bn_norm(z1, zn);
    if (zl > top) {
        zl = top;
    }
    bn_add(r + h, r + h, top, z1, zl);
}

static void mul_rec(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn, Limb *scratch) {
    // an >= bn >= 1
    if (bn < KARATSUBA_THRESHOLD) {
        mul_basecase(r, a, an, b, bn);
        return;
    }
    size_t h = (an + 1) / 2;
    if (bn > h) {
        mul_karatsuba(r, a, an, b, bn, scratch);
        return;
    }
    // Unbalanced: multiply b by bn-limb slices of a and accumulate.
    Limb *t = scratch;
    Limb *rest = scratch + 2 * bn;
    memset(r, 0, (an + bn) * sizeof(Limb));
    for (size_t off = 0; off < an; off += bn) {
        size_t piece = an - off < bn ? an - off : bn;
        if (piece >= bn) {
            mul_rec(t, a + off, piece, b, bn, rest);
        } else {
            mul_rec(t, b, bn, a + off, piece, rest);
        }
        size_t tn = piece + bn;
        bn_add(r + off, r + off, an + bn - off, t, tn);
    }
}

// Scratch needed by mul_rec for operands of up to n limbs: each Karatsuba
// level takes 4h + 4 and halves the size; the unbalanced path takes 2bn.
static size_t mul_scratch_size(size_t n) {
    size_t total = 0;
    while (n >= KARATSUBA_THRESHOLD) {
        size_t h = (n + 1) / 2;
        total += 4 * h + 4;
        n = h + 1;
    }
    return total;
}

void bn_mul(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn) {
    if (an < bn) {
        const Limb *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn == 0) {
        memset(r, 0, an * sizeof(Limb));
        return;
    }
    if (bn < KARATSUBA_THRESHOLD) {
        mul_basecase(r, a, an, b, bn);
        return;
    }
    size_t need = 2 * bn + mul_scratch_size(an > 2 * bn ? bn : an) + 16;
    Limb *scratch = bn_alloc(need);
    mul_rec(r, a, an, b, bn, scratch);
    gc_free(scratch);
}

// --- division ---------------------------------------------------------

Limb bn_divrem_1(Limb *q, const Limb *a, size_t n, Limb d) {
    DLimb rem = 0;
    for (size_t i = n; i-- > 0;) {
        DLimb cur = (rem << LIMB_BITS) | a[i];
        DLimb qq = cur / d;
        rem = cur - qq * d;
        q[i] = (Limb)qq;
    }
    return (Limb)rem;
}

Limb bn_mod_1(const Limb *a, size_t n, Limb d) {
    DLimb rem = 0;
    for (size_t i = n; i-- > 0;) {
        rem = ((rem << LIMB_BITS) | a[i]) % d;
    }
    return (Limb)rem;
}

// Knuth's algorithm D with caller-provided scratch `un` of an + 1 + bn
// limbs; bn >= 2.
static void divrem_knuth(Limb *q, Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn,
                         Limb *un) {
    unsigned s = (unsigned)__builtin_clz(b[bn - 1]);
    Limb *vn = un + an + 1;
    bn_lshift(vn, b, bn, s);
    un[an] = bn_lshift(un, a, an, s);
    Limb vtop = vn[bn - 1], vnext = vn[bn - 2];
    for (size_t j = an - bn + 1; j-- > 0;) {
        DLimb num = ((DLimb)un[j + bn] << LIMB_BITS) | un[j + bn - 1];
        DLimb qhat, rhat;
        if (un[j + bn] >= vtop) {
            // Quotient digit would overflow: start from the largest one.
            qhat = ((DLimb)1 << LIMB_BITS) - 1;
            rhat = num - qhat * vtop;
        } else {
            qhat = num / vtop;
            rhat = num - qhat * vtop;
        }
        while (rhat < ((DLimb)1 << LIMB_BITS) &&
               qhat * vnext > ((rhat << LIMB_BITS) | un[j + bn - 2])) {
            qhat--;
            rhat += vtop;
        }
        Limb borrow = submul_1(un + j, vn, bn, (Limb)qhat);
        Limb t = un[j + bn];
        un[j + bn] = t - borrow;
        if (t < borrow) {
            // qhat was one too large (rare): add the divisor back.
            qhat--;
            Limb c = bn_add(un + j, un + j, bn, vn, bn);
            un[j + bn] += c;
        }
        if (q) {
            q[j] = (Limb)qhat;
        }
    }
    if (r) {
        bn_rshift(r, un, bn, s);
    }
}

void bn_divrem(Limb *q, Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn) {
    if (bn == 1) {
        Limb *qq = q ? q : bn_alloc(an);
        Limb rem = bn_divrem_1(qq, a, an, b[0]);
        if (r) {
            r[0] = rem;
        }
        if (qq != q) {
            gc_free(qq);
        }
        return;
    }
    Limb *un = bn_alloc(an + 1 + bn);
    divrem_knuth(q, r, a, an, b, bn, un);
    gc_free(un);
}

// --- base conversion --------------------------------------------------

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// Largest power of `base` that fits a limb, and its exponent.
static Limb chunk_of(int base, unsigned *k) {
    Limb p = (Limb)base;
    unsigned e = 1;
    while ((DLimb)p * (DLimb)base <= 0xFFFFFFFFu) {
        p *= (Limb)base;
        e++;
    }
    *k = e;
    return p;
}

size_t bn_str_size(size_t an, int base) {
    double bits = (double)an * LIMB_BITS;
    return (size_t)(bits / log2((double)base)) + 2;
}

static int pow2_log(int base) {
    switch (base) {
        case 2: return 1;
        case 4: return 2;
        case 8: return 3;
        case 16: return 4;
        case 32: return 5;
        default: return 0;
    }
}

// Powers chunk^(2^i) for divide and conquer, built on demand.
typedef struct {
    Limb *d[40];
    size_t n[40];
    size_t digits[40];  // decimal (base) digits represented: k * 2^i
    int count;
} PowTable;

static void pow_table_init(PowTable *t, int base, size_t max_limbs) {
    unsigned k;
    Limb c = chunk_of(base, &k);
    t->d[0] = bn_alloc(1);
    t->d[0][0] = c;
    t->n[0] = 1;
    t->digits[0] = k;
    t->count = 1;
    while (t->count < 40 && t->n[t->count - 1] * 2 <= max_limbs + 2) {
        int i = t->count;
        size_t pn = t->n[i - 1];
        Limb *sq = bn_alloc(2 * pn);
        bn_mul(sq, t->d[i - 1], pn, t->d[i - 1], pn);
        t->d[i] = sq;
        t->n[i] = bn_norm(sq, 2 * pn);
        t->digits[i] = t->digits[i - 1] * 2;
        t->count++;
    }
}

// Bump allocation inside one scratch block, released in stack order, so
// a whole conversion makes one allocation instead of one per step.
typedef struct {
    Limb *p;
    Limb *end;
} Scratch;

static Limb *scratch_take(Scratch *s, size_t n) {
    Limb *r = s->p;
    s->p += n;
    return r;
}

// Writes exactly `width` digits of a (a < base^width) into out, zero padded.
static void to_str_simple(char *out, size_t width, const Limb *a, size_t an, int base,
                          Scratch *sc) {
    unsigned k;
    Limb chunk = chunk_of(base, &k);
    Limb *t = scratch_take(sc, an);
    memcpy(t, a, an * sizeof(Limb));
    size_t n = bn_norm(t, an);
    size_t pos = width;
    while (n > 0 && pos > 0) {
        Limb rem = bn_divrem_1(t, t, n, chunk);
        n = bn_norm(t, n);
        for (unsigned i = 0; i < k && pos > 0; i++) {
            out[--pos] = digit_chars[rem % (Limb)base];
            rem /= (Limb)base;
        }
    }
    while (pos > 0) {
        out[--pos] = '0';
    }
    sc->p = t;
}

static void to_str_rec(char *out, size_t width, const Limb *a, size_t an, int base,
                       const PowTable *pt, Scratch *sc) {
    an = bn_norm(a, an);
    if (an < TOSTR_DC_THRESHOLD) {
        to_str_simple(out, width, a, an, base, sc);
        return;
    }
    int i = pt->count - 1;
    while (i > 0 && pt->n[i] * 2 > an + 1) {
        i--;
    }
    size_t pn = pt->n[i];
    if (an < pn || pt->digits[i] >= width || pn < 2) {
        to_str_simple(out, width, a, an, base, sc);
        return;
    }
    Limb *mark = sc->p;
    Limb *q = scratch_take(sc, an - pn + 1);
    Limb *r = scratch_take(sc, pn);
    Limb *un = scratch_take(sc, an + 1 + pn);
    divrem_knuth(q, r, a, an, pt->d[i], pn, un);
    sc->p = un;
    size_t low = pt->digits[i];
    to_str_rec(out, width - low, q, an - pn + 1, base, pt, sc);
    to_str_rec(out + width - low, low, r, pn, base, pt, sc);
    sc->p = mark;
}

size_t bn_to_str(char *out, const Limb *a, size_t an, int base) {
    an = bn_norm(a, an);
    if (an == 0) {
        out[0] = '0';
        return 1;
    }
    int lg = pow2_log(base);
    if (lg) {
        size_t bits = bn_bit_length(a, an);
        size_t nd = (bits + (size_t)lg - 1) / (size_t)lg;
        for (size_t i = 0; i < nd; i++) {
            size_t bit = i * (size_t)lg;
            size_t li = bit / LIMB_BITS, sh = bit % LIMB_BITS;
            DLimb w = a[li];
            if (li + 1 < an) {
                w |= (DLimb)a[li + 1] << LIMB_BITS;
            }
            out[nd - 1 - i] = digit_chars[(w >> sh) & (DLimb)(base - 1)];
        }
        return nd;
    }
    size_t width = bn_str_size(an, base);
    // Each level keeps q, r and the division's scratch (under 3 an + 2
    // limbs, halving per level), plus one copy for the base case.
    size_t need = 7 * an + 128;
    Limb *block = bn_alloc(need);
    Scratch sc = {block, block + need};
    if (an < TOSTR_DC_THRESHOLD) {
        to_str_simple(out, width, a, an, base, &sc);
    } else {
        PowTable pt;
        pow_table_init(&pt, base, an / 2 + 1);
        to_str_rec(out, width, a, an, base, &pt, &sc);
        for (int i = 0; i < pt.count; i++) {
            gc_free(pt.d[i]);
        }
    }
    gc_free(block);
    size_t z = 0;
    while (z + 1 < width && out[z] == '0') {
        z++;
    }
    memmove(out, out + z, width - z);
    return width - z;
}

size_t bn_from_digits_size(size_t ndig, int base) {
    double bits = (double)ndig * log2((double)base);
    return (size_t)(bits / LIMB_BITS) + 3;
}

static size_t from_digits_simple(Limb *r, const uint8_t *dig, size_t ndig, int base) {
    unsigned k;
    Limb chunk = chunk_of(base, &k);
    size_t n = 0;
    size_t i = 0;
    // The first group takes the leftover digits so later groups are full.
    size_t first = ndig % k;
    if (first == 0) {
        first = k;
    }
    while (i < ndig) {
        size_t take = i == 0 ? first : k;
        Limb v = 0, mul = 1;
        for (size_t j = 0; j < take; j++) {
            v = v * (Limb)base + dig[i + j];
            mul *= (Limb)base;
        }
        i += take;
        Limb carry = bn_mul_1(r, r, n, take == k ? chunk : mul);
        if (carry) {
            r[n++] = carry;
        }
        carry = bn_add_1(r, r, n, v);
        if (carry) {
            r[n++] = carry;
        }
    }
    return n;
}

static size_t from_digits_rec(Limb *r, const uint8_t *dig, size_t ndig, int base,
                              const PowTable *pt) {
    if (ndig < FROMSTR_DC_THRESHOLD) {
        memset(r, 0, bn_from_digits_size(ndig, base) * sizeof(Limb));
        return from_digits_simple(r, dig, ndig, base);
    }
    int i = pt->count - 1;
    while (i > 0 && pt->digits[i] >= ndig) {
        i--;
    }
    size_t low = pt->digits[i];
    size_t hsz = bn_from_digits_size(ndig - low, base);
    size_t lsz = bn_from_digits_size(low, base);
    Limb *hi = bn_alloc(hsz);
    Limb *lo = bn_alloc(lsz);
    size_t hn = from_digits_rec(hi, dig, ndig - low, base, pt);
    size_t ln = from_digits_rec(lo, dig + ndig - low, low, base, pt);
    size_t pn = pt->n[i];
    size_t rn = hn + pn;
    memset(r, 0, bn_from_digits_size(ndig, base) * sizeof(Limb));
    if (hn > 0) {
        bn_mul(r, hi, hn, pt->d[i], pn);
    } else {
        rn = 0;
    }
    if (ln > 0) {
        if (rn < ln) {
            rn = ln;
        }
        Limb c = bn_add(r, r, rn, lo, ln);
        if (c) {
            r[rn++] = c;
        }
    }
    gc_free(hi);
    gc_free(lo);
    return bn_norm(r, rn);
}

size_t bn_from_digits(Limb *r, const uint8_t *dig, size_t ndig, int base) {
    size_t size = bn_from_digits_size(ndig, base);
    memset(r, 0, size * sizeof(Limb));
    int lg = pow2_log(base);
    if (lg) {
        for (size_t i = 0; i < ndig; i++) {
            size_t bit = i * (size_t)lg;
            DLimb v = (DLimb)dig[ndig - 1 - i] << (bit % LIMB_BITS);
            size_t li = bit / LIMB_BITS;
            r[li] |= (Limb)v;
            if (v >> LIMB_BITS) {
                r[li + 1] |= (Limb)(v >> LIMB_BITS);
            }
        }
        return bn_norm(r, size);
    }
    if (ndig < FROMSTR_DC_THRESHOLD) {
        return from_digits_simple(r, dig, ndig, base);
    }
    PowTable pt;
    pow_table_init(&pt, base, size / 2 + 1);
    return from_digits_rec(r, dig, ndig, base, &pt);
}

// --- exact ratio to double ------------------------------------------

double bn_ratio_to_double(const Limb *a, size_t an, const Limb *b, size_t bn, bool *overflow) {
    *overflow = false;
    an = bn_norm(a, an);
    bn = bn_norm(b, bn);
    if (an == 0) {
        return 0.0;
    }
    long abits = (long)bn_bit_length(a, an), bbits = (long)bn_bit_length(b, bn);
    long diff = abits - bbits;
    if (diff > DBL_MAX_EXP) {
        *overflow = true;
        return 0.0;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        return 0.0;
    }
    // As CPython's long_true_divide: scale a so the quotient has 55 or 56
    // bits (fewer in the subnormal range), divide, and round the extra
    // bits by hand with the remainder as a sticky bit.
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    size_t xn;
    Limb *x;
    if (shift <= 0) {
        size_t ls = (size_t)(-shift);
        xn = an + ls / LIMB_BITS + 1;
        x = bn_alloc(xn);
        x[an + ls / LIMB_BITS] = bn_lshift(x + ls / LIMB_BITS, a, an, (unsigned)(ls % LIMB_BITS));
    } else {
        size_t rs = (size_t)shift, limbs = rs / LIMB_BITS;
        if (limbs >= an) {
            return 0.0;
        }
        xn = an - limbs;
        x = bn_alloc(xn);
        Limb out = bn_rshift(x, a + limbs, xn, (unsigned)(rs % LIMB_BITS));
        inexact = out != 0;
        for (size_t i = 0; i < limbs && !inexact; i++) {
            inexact = a[i] != 0;
        }
    }
    xn = bn_norm(x, xn);
    uint64_t q = 0;
    if (xn >= bn) {
        size_t qn = xn - bn + 1;
        Limb *qd = bn_alloc(qn + bn);
        Limb *rd = qd + qn;
        bn_divrem(qd, rd, x, xn, b, bn);
        inexact = inexact || bn_norm(rd, bn) != 0;
        qn = bn_norm(qd, qn);
        q = qn == 0 ? 0 : (qn == 1 ? qd[0] : ((uint64_t)qd[1] << 32) | qd[0]);
        gc_free(qd);
    } else {
        inexact = inexact || xn != 0;
    }
    gc_free(x);
    long xbits = q ? 64 - __builtin_clzll(q) : 0;
    long extra = (xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = q | inexact;
    if ((low & mask) && (low & (3 * mask - 1))) {
        low += mask;
    }
    q = low & ~(2 * mask - 1);
    double dx = (double)q;
    if (shift + xbits >= DBL_MAX_EXP &&
        (shift + xbits > DBL_MAX_EXP || dx == ldexp(1.0, (int)xbits))) {
        *overflow = true;
        return 0.0;
    }
    return ldexp(dx, (int)shift);
}
