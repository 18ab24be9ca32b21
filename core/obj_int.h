// Int functions beyond those obj.h declares (core/obj_int.c, int_arith.c,
// int_text.c).
#ifndef COPPER_CORE_OBJ_INT_H
#define COPPER_CORE_OBJ_INT_H

#include "obj.h"

// sys.get_int_max_str_digits() / sys.set_int_max_str_digits(n): the limit
// on decimal (non power-of-two base) int<->str conversions (CPython 3.11:
// default 4300, 0 = no limit; n must be 0 or >= 640, else ValueError
// "maxdigits must be 0 or larger than 640"; the setter raises that itself).
intptr_t int_get_max_str_digits(void);
void int_set_max_str_digits(intptr_t n);

// Arithmetic on int values (bool accepted; result always int). May raise.
Value int_add(Value a, Value b);
Value int_sub(Value a, Value b);
Value int_mul(Value a, Value b);
Value int_floordiv(Value a, Value b);   // ZeroDivisionError as CPython
Value int_mod(Value a, Value b);
Value int_neg(Value a);
// a ** b and pow(a, b, m) for ints; m == VAL_NULL for no modulus. A
// negative b without modulus gives a float (as CPython); with a modulus it
// uses the modular inverse ("base is not invertible for the given
// modulus"); m == 0: ValueError "pow() 3rd argument cannot be 0".
Value int_pow(Value a, Value b, Value m);
// Exact comparison: -1, 0, 1.
int int_cmp(Value a, Value b);
// Exact comparison of an int with a double (not NaN): -1, 0, 1.
int int_cmp_double(Value a, double d);
// a / b as a correctly rounded float (ZeroDivisionError, OverflowError).
double int_truediv_double(Value a, Value b);
// Number of bits of |v| (int.bit_length()).
size_t int_bit_length(Value v);
// divmod(a, b) for ints, as a (floor quotient, remainder) tuple.
Value int_divmod(Value a, Value b);
// a << n and a >> n (floor) for n >= 0 bits.
Value int_lshift(Value a, size_t n);
Value int_rshift(Value a, size_t n);
// round(v, ndigits) for ints (ndigits an int; negative rounds to tens...).
Value int_round(Value v, Value ndigits);
// Format helpers used by format.c: the digits of |v| in base (no sign, no
// prefix) into a new str, honouring the str-conversion digit limit for
// non power-of-two bases.
Value int_abs_to_str(Value v, int base);
// int(x) for any object (PyNumber_Long): ints, bools, floats (truncated),
// str/bytes (base 10), __int__, __index__, __trunc__. May raise.
Value int_from_obj(Value x);
// operator.index(v): the int value of v (int, bool, __index__), TypeError
// "'float' object cannot be interpreted as an integer" otherwise.
Value int_index_value(Value v);
// An int (or bool) as uint64; false if negative, too large or not an int
// (array's 'Q' and struct's unsigned codes).
bool int_to_u64(Value v, uint64_t *out);

#endif
