// Private interface between the int files (int_arith.c, int_text.c,
// obj_int.c): a uniform read-only view of any int value as sign +
// magnitude limbs, and building results.
#ifndef COPPER_CORE_INT_IMPL_H
#define COPPER_CORE_INT_IMPL_H

#include "bigint.h"

// A view of an int (small or big): `d` points into the IntObj or into
// `buf`, so a view must not be copied. n is normalized (0 for zero).
typedef struct {
    const Limb *d;
    size_t n;
    bool neg;
    Limb buf[2];
} IntView;

// v must be a small int or an IntObj (call int_coerce first for bools).
void int_view(IntView *iv, Value v);
// A fresh IntObj with room for n limbs (zeroed), not yet valid.
IntObj *int_alloc(size_t n);
// Finishes a result built in o->d[0..n): normalizes, returns a small int
// when it fits (o is then garbage), else the IntObj.
Value int_finish(IntObj *o, size_t n, bool neg);
// A new int from limbs (copied).
Value int_from_limbs(const Limb *d, size_t n, bool neg);
// Digits limit for decimal conversions (0: none).
extern intptr_t int_max_str_digits;
// Error for too many digits in int -> str.
_Noreturn void int_raise_str_limit(void);
// The operator slots' work on int operands (int_arith.c).
Value int_binary_op_values(int op, Value a, Value b);
Value int_unary_op_value(int op, Value a);
// Parses an int literal (int_text.c): ASCII/UTF-8 text as int(s, base)
// accepts it. Returns false if it is not a valid literal (the caller
// raises with its own repr); raises the digit-limit ValueError itself.
bool int_parse(const char *s, size_t len, int base, Value *out);
// ValueError "invalid literal for int() with base N: 'text'" (int_text.c).
_Noreturn void int_raise_invalid_literal(Value text, int base);

#endif
