// Interning of names. Build-time names sit in the const, sorted
// names_table (names.h) and are found by binary search; names first seen at
// run time are heap strs kept in an open-addressing set (`runtime_names`),
// reached from a GC root. Interned strs compare equal iff their Values are
// equal, which is what makes attribute and global lookups cheap.
#include <string.h>
#include "obj.h"
#include "gc.h"
#include "intern.h"
#include "obj_str.h"
#include "utf8.h"

static struct {
    Value *slots;      // GC block of `size` Values (VAL_NULL = empty)
    size_t size;       // power of two
    size_t count;
} runtime_names;

uint32_t str_hash_bytes(const char *data, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (uint8_t)data[i];
        h *= 16777619u;
    }
    return h != 0 ? h : 1;
}

static int compare_bytes(const char *a, size_t alen, const char *b, size_t blen) {
    size_t n = alen < blen ? alen : blen;
    int c = memcmp(a, b, n);
    if (c != 0) {
        return c;
    }
    return alen < blen ? -1 : (alen > blen ? 1 : 0);
}

// Index in names_table, or -1.
static int find_const_name(const char *data, size_t len) {
    int lo = 0, hi = N__COUNT - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const StrObj *s = &names_table[mid];
        int c = compare_bytes(data, len, s->data, s->len);
        if (c == 0) {
            return mid;
        }
        if (c < 0) {
            hi = mid - 1;
        } else {
            lo = mid + 1;
        }
    }
    return -1;
}

static void grow_runtime_names(void) {
    size_t new_size = runtime_names.size ? runtime_names.size * 2 : 64;
    Value *slots = gc_alloc(new_size * sizeof(Value), false);
    for (size_t i = 0; i < runtime_names.size; i++) {
        Value v = runtime_names.slots[i];
        if (v != VAL_NULL) {
            size_t j = val_str(v)->hash & (new_size - 1);
            while (slots[j] != VAL_NULL) {
                j = (j + 1) & (new_size - 1);
            }
            slots[j] = v;
        }
    }
    runtime_names.slots = slots;
    runtime_names.size = new_size;
}

// Looks up or adds; `existing` is an already-built heap str to reuse, or 0.
static Value intern_bytes(const char *data, size_t len, Value existing) {
    int idx = find_const_name(data, len);
    if (idx >= 0) {
        return NAME_ID_VALUE(idx);
    }
    uint32_t h = str_hash_bytes(data, len);
    if (runtime_names.size != 0) {
        size_t j = h & (runtime_names.size - 1);
        for (;;) {
            Value v = runtime_names.slots[j];
            if (v == VAL_NULL) {
                break;
            }
            StrObj *s = val_str(v);
            if (s->hash == h && s->len == len && memcmp(s->data, data, len) == 0) {
                return v;
            }
            j = (j + 1) & (runtime_names.size - 1);
        }
    }
    if ((runtime_names.count + 1) * 4 >= runtime_names.size * 3) {
        grow_runtime_names();
    }
    // The canonical copy must be a heap str we may mark: str_new returns
    // shared const objects for "" and one-character ASCII strings.
    StrObj *s;
    if (existing != VAL_NULL) {
        s = val_str(existing);
    } else {
        s = str_alloc(len);
        memcpy((char *)s->data, data, len);
        s->charlen = (uint32_t)utf8_count(data, len);
    }
    Value v = OBJ_VAL(s);
    s->hash = h;
    s->interned = 1;
    size_t j = h & (runtime_names.size - 1);
    while (runtime_names.slots[j] != VAL_NULL) {
        j = (j + 1) & (runtime_names.size - 1);
    }
    runtime_names.slots[j] = v;
    runtime_names.count++;
    return v;
}

Value str_intern(const char *data, size_t len) { return intern_bytes(data, len, VAL_NULL); }

Value str_intern_value(Value str) {
    StrObj *s = val_str(str);
    if (s->interned) {
        return str;
    }
    // Only exact, heap-allocated strs can become the canonical copy.
    Value reuse = (s->base.type == &str_type && gc_is_heap_ptr(s)) ? str : VAL_NULL;
    return intern_bytes(s->data, s->len, reuse);
}

void intern_init(void) {
    runtime_names.slots = NULL;
    runtime_names.size = 0;
    runtime_names.count = 0;
    gc_add_root(&runtime_names, sizeof(runtime_names));
}
