// The complex type (core/obj_complex.c): a pair of doubles with CPython
// 3.11's arithmetic, repr, hash, parsing and errors.
#ifndef COPPER_CORE_OBJ_COMPLEX_H
#define COPPER_CORE_OBJ_COMPLEX_H

#include "obj.h"

// A complex: a no-scan block (the type pointer is the const complex_type).
typedef struct {
    Obj base;       // &complex_type
    double real;
    double imag;
} ComplexObj;

extern const Type complex_type;

static inline bool val_is_complex(Value v) { return is_type(v, &complex_type); }

// A new complex object. May raise MemoryError.
Value complex_new(double real, double imag);
// The complex slot for binary operators: a and b in operator order, at
// least one a complex, the other an int, bool, float or complex. VAL_NULL
// for other operand types or operators complex lacks. May raise
// (ZeroDivisionError, OverflowError as CPython).
Value complex_binary_op(int op, Value a, Value b);
// a ** b for doubles computed as complex (float ** fractional power with a
// negative base gives a complex in CPython). May raise.
Value complex_pow_doubles(double a, double b);

#endif
