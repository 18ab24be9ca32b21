// The float object layout and float helpers (core/obj_float.c) beyond
// those obj.h declares.
#ifndef COPPER_CORE_OBJ_FLOAT_H
#define COPPER_CORE_OBJ_FLOAT_H

#include "obj.h"

// A float: allocated as a no-scan block (the type pointer is the const
// float_type, the rest is data).
typedef struct {
    Obj base;       // &float_type
    double value;
} FloatObj;

static inline bool val_is_float(Value v) { return is_type(v, &float_type); }

// The float slots, callable directly (e.g. by obj_int.c when an int meets
// a float): a and b in operator order, either may be a float, int or bool.
// VAL_NULL when an operand is of another type. May raise.
Value float_binary_op(int op, Value a, Value b);
// a ** b with CPython's special cases and errors (ZeroDivisionError
// "0.0 cannot be raised to a negative power", OverflowError "(34,
// 'Numerical result out of range')", ValueError for a negative base and a
// fractional exponent: float_binary_op returns the complex result, as
// CPython, before it gets here).
double float_pow_double(double a, double b);
// round(x, ndigits) with ndigits given: the correctly rounded result
// (half-even on the exact binary value), as CPython.
double float_round_digits(double x, intptr_t ndigits);
// divmod(x, y) when x and y are floats, ints or bools (at least one float):
// a (floor, mod) tuple of floats; ZeroDivisionError "float divmod()".
// VAL_NOTIMPL for other operand types.
Value float_divmod(Value x, Value y);
// float(x) for any object x (str, bytes, int, float, __float__, __index__).
Value float_from_obj(Value x);

#endif
