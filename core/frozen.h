// Python modules frozen into the binary from lib/ (tools/freeze.py writes
// the table; frozen.c finds modules in it for import).
#ifndef COPPER_CORE_FROZEN_H
#define COPPER_CORE_FROZEN_H

#include <stddef.h>

typedef struct {
    const char *name;       // dotted module name ("asyncio.core")
    unsigned char package;  // 1 for a package's __init__
    const void *code;       // the module's CodeObj, const, in flash
} FrozenModule;

extern const FrozenModule frozen_modules[];
extern const unsigned frozen_count;

// The frozen module called `name` (len bytes), or NULL.
const FrozenModule *frozen_find(const char *name, size_t len);

#endif
