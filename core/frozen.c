// Lookup in the table of frozen modules (frozen.h).
#include <string.h>
#include "frozen.h"

const FrozenModule *frozen_find(const char *name, size_t len) {
    for (unsigned i = 0; i < frozen_count; i++) {
        const FrozenModule *m = &frozen_modules[i];
        if (strlen(m->name) == len && memcmp(m->name, name, len) == 0) {
            return m;
        }
    }
    return NULL;
}
