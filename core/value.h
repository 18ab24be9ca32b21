// The tagged value word. Every Python value the core handles is one
// machine word (`Value`). A set low bit marks a small integer stored in the
// remaining bits (31 bits on a 32-bit MCU, 63 on the host); a clear low bit
// marks a pointer to an object whose first word is its type. Objects are at
// least 4-byte aligned (heap blocks are 16-byte aligned, const objects are
// pointer aligned), so the encoding never collides. None, True, False,
// Ellipsis and NotImplemented are const objects in flash, so every non-int
// value is an ordinary object pointer and `type_of` is one branch.
//
// VAL_NULL (0) is never a Python value: it means "absent" (unbound local,
// lookup miss, exhausted iterator, "not implemented by this slot").
#ifndef COPPER_CORE_VALUE_H
#define COPPER_CORE_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "config.h"

typedef uintptr_t Value;

#define VAL_NULL ((Value)0)

// Small integers: the range that fits the word minus the tag bit.
#define SMALL_INT_MAX ((intptr_t)(INTPTR_MAX >> 1))
#define SMALL_INT_MIN ((intptr_t)(INTPTR_MIN >> 1))

static inline bool val_is_small_int(Value v) { return (v & 1) != 0; }
static inline intptr_t val_small_int(Value v) { return (intptr_t)v >> 1; }
static inline Value val_from_small_int(intptr_t i) { return ((uintptr_t)i << 1) | 1; }
static inline bool small_int_fits(intptr_t i) { return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX; }

static inline bool val_is_obj(Value v) { return v != 0 && (v & 1) == 0; }
#define VAL_OBJ(v) ((struct Obj *)(v))
#define OBJ_VAL(p) ((Value)(p))

#endif
