// The array module's type (modules/array.c) as the core sees it: the
// buffer protocol hook obj_get_buffer (core/obj_bytes.c) calls so that
// bytes(a), file.write(a) and memoryview(a) take arrays.
#ifndef COPPER_MODULES_ARRAY_H
#define COPPER_MODULES_ARRAY_H

#include "obj.h"

extern const Type array_type;

// Borrows the raw bytes of an array (or an instance of a subclass): false
// if v is not an array. The pointer is valid until the array is resized.
bool array_get_buffer(Value v, const uint8_t **data, size_t *len);

#endif
