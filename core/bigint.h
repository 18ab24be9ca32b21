// Arbitrary-precision natural numbers as arrays of 32-bit limbs (least
// significant first), in the style of GMP's mpn layer, plus the layout of
// the heap int object (IntObj) that obj_int.c builds on them. Functions here
// never raise except through gc_alloc (MemoryError) where noted; they do not
// know about signs or Python. Prefix: bn_ (bigint.c).
//
// Conventions: `n` counts limbs; inputs need not be normalized (top limbs
// may be zero) unless stated; outputs have exactly the stated size.
#ifndef COPPER_CORE_BIGINT_H
#define COPPER_CORE_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "obj.h"

typedef uint32_t Limb;
typedef uint64_t DLimb;
#define LIMB_BITS 32

// A heap int outside the small-int range. Allocated in one no-scan block
// (the type pointer is the const int_type, the limbs are data). Invariant:
// len > 0, d[len-1] != 0, and the value does not fit a small int, so
// equal values always have the same representation.
typedef struct {
    Obj base;           // &int_type
    uint32_t len;       // limbs in d
    uint32_t neg;       // 1 when negative
    Limb d[];
} IntObj;

static inline bool val_is_bigint(Value v) { return is_type(v, &int_type); }
static inline IntObj *val_bigint(Value v) { return (IntObj *)VAL_OBJ(v); }

// Number of limbs without the high zero limbs.
size_t bn_norm(const Limb *a, size_t n);
// Compare two normalized naturals: -1, 0, 1.
int bn_cmp(const Limb *a, size_t an, const Limb *b, size_t bn);
// Compare two same-length naturals.
int bn_cmp_n(const Limb *a, const Limb *b, size_t n);
// r[0..an) = a + b, an >= bn; returns the carry. r may alias a.
Limb bn_add(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn);
// r[0..an) = a - b, a >= b as numbers with an >= bn; returns the borrow.
Limb bn_sub(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn);
Limb bn_add_1(Limb *r, const Limb *a, size_t n, Limb b);
Limb bn_sub_1(Limb *r, const Limb *a, size_t n, Limb b);
// r = a * m (n limbs), returns the high limb.
Limb bn_mul_1(Limb *r, const Limb *a, size_t n, Limb m);
// r += a * m (n limbs), returns the carry limb.
Limb bn_addmul_1(Limb *r, const Limb *a, size_t n, Limb m);
// r[0..an+bn) = a * b. r must not overlap a or b. Karatsuba above a
// threshold (allocates scratch from the GC heap: may raise).
void bn_mul(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn);
// q[0..n) = a / d, returns a % d. q may alias a. d != 0.
Limb bn_divrem_1(Limb *q, const Limb *a, size_t n, Limb d);
// a % d without a quotient.
Limb bn_mod_1(const Limb *a, size_t n, Limb d);
// Long division: q[0..an-bn+1) = a / b, r[0..bn) = a % b (q or r may be
// NULL when not wanted). b normalized with bn >= 1 and b[bn-1] != 0, an >=
// bn. Allocates scratch (may raise).
void bn_divrem(Limb *q, Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn);
// r = a << s, 0 <= s < 32 (n limbs); returns the bits shifted out. r may alias a.
Limb bn_lshift(Limb *r, const Limb *a, size_t n, unsigned s);
// r = a >> s, 0 <= s < 32 (n limbs); returns the bits shifted out (in the
// high bits of the result). r may alias a.
Limb bn_rshift(Limb *r, const Limb *a, size_t n, unsigned s);
// Bit length of a normalized natural (0 for zero).
size_t bn_bit_length(const Limb *a, size_t n);
// Allocates n zeroed limbs of no-scan scratch (may raise).
Limb *bn_alloc(size_t n);

// Decimal/other-base conversion of naturals (used by obj_int.c).
// Writes the digits of a (normalized, nonzero allowed zero) in `base`
// (2..36) into out, most significant first, lowercase; returns the count.
// `out` must have room for bn_str_size(an, base) bytes. May raise.
size_t bn_to_str(char *out, const Limb *a, size_t an, int base);
size_t bn_str_size(size_t an, int base);
// Parses `ndig` digit values (0..base-1, most significant first) into
// r, which must have room for bn_from_digits_size(ndig, base) limbs;
// returns the normalized limb count. May raise.
size_t bn_from_digits(Limb *r, const uint8_t *dig, size_t ndig, int base);
size_t bn_from_digits_size(size_t ndig, int base);

// a / b (b nonzero) correctly rounded to a double (half to even, with
// subnormals); sets *overflow instead when the result is too large.
double bn_ratio_to_double(const Limb *a, size_t an, const Limb *b, size_t bn, bool *overflow);

#endif
