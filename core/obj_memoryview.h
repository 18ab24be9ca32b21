// The memoryview type (core/obj_memoryview.c): a one-dimensional view of
// unsigned bytes (format 'B') over another object's buffer, sharing its
// memory.
#ifndef COPPER_CORE_OBJ_MEMORYVIEW_H
#define COPPER_CORE_OBJ_MEMORYVIEW_H

#include "obj.h"

// Item i of the view is byte start + i * step of the exporter's buffer.
// Views of views refer to the first exporter directly. The exporter's data
// pointer is fetched on every access (a bytearray may have moved it).
typedef struct {
    Obj base;           // &memoryview_type
    Value obj;          // the exporter (bytes, bytearray, ...); VAL_NULL once released
    size_t start;
    size_t len;         // number of items
    intptr_t step;      // stride in bytes (negative for reversed slices)
    bool readonly;
    bool released;
} MemoryViewObj;

extern const Type memoryview_type;

// The buffer protocol for memoryviews, called by obj_get_buffer: false if
// v is not a memoryview. A strided view is copied into a new block (its
// data then is a snapshot, not the shared memory). Raises ValueError on a
// released view.
bool memoryview_get_buffer(Value v, const uint8_t **data, size_t *len);

#endif
