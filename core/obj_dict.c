// The dict type: an insertion-ordered hash table in CPython's compact
// layout. `entries` holds (key, value, hash) in insertion order (a deleted
// entry has key VAL_NULL).
//
// Small dicts (at most SMALL_MAX entries: most instance and class dicts)
// keep no index: a lookup scans the entries comparing the key Value first
// (interned names, small ints), then hash and equality. Their entries array
// grows 0 -> 1 -> 2 -> 4 -> 8, so an instance with one attribute costs a
// 32-byte DictObj and one 32-byte block. While `names` says every key is
// an interned str, a miss for an interned name needs no hash at all.
//
// Past SMALL_MAX the dict gets an open-addressing index of entry numbers,
// int8/int16/int32 wide by table size, probed as CPython does
// (i = i*5 + perturb + 1, perturb >>= 5) so that the high hash bits take
// part and dense int keys do not cluster. The index sits at the start of
// the entries' GC block (d->entries points just past it) and is at most
// 2/3 full. `alloc - nentries` is how many entries may still be added
// before a rebuild (CPython's dk_usable: popitem gives no room back
// because it leaves a dummy in the index).
//
// Every mutation stores a fresh value from a global counter in `version`,
// so a (dict, version) pair never repeats: the VM's global-variable caches
// rely on it. Interned-name keys have a fast path (dict_get_str) that never
// runs Python code.
#include <string.h>
#include "gc.h"
#include "nlr.h"
#include "obj_cont.h"
#include "print.h"
#include "vm.h"
#include "vm_raise.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define SMALL_MAX 8         // most entries a dict keeps without an index
#define MIN_SIZE 16         // smallest index: 10 usable entries
#define MAX_LOG2 26         // DictObj.alloc has 26 bits
#define PERTURB_SHIFT 5

static uint32_t dict_version_counter;

// Versions skip 0 and 0xFFFFFFFF, which the VM's caches use as markers.
static inline void bump(DictObj *d) {
    if (++dict_version_counter == 0xFFFFFFFFu) {
        dict_version_counter = 1;
    }
    d->version = dict_version_counter;
}

static inline size_t ix_width(size_t size) { return size <= 128 ? 1 : size <= 32768 ? 2 : 4; }

static inline intptr_t ix_get(const void *index, size_t size, size_t i) {
    if (size <= 128) {
        return ((const int8_t *)index)[i];
    }
    if (size <= 32768) {
        return ((const int16_t *)index)[i];
    }
    return ((const int32_t *)index)[i];
}

static inline void ix_set(void *index, size_t size, size_t i, intptr_t ix) {
    if (size <= 128) {
        ((int8_t *)index)[i] = (int8_t)ix;
    } else if (size <= 32768) {
        ((int16_t *)index)[i] = (int16_t)ix;
    } else {
        ((int32_t *)index)[i] = (int32_t)ix;
    }
}

static inline size_t dict_index_size(const DictObj *d) { return (size_t)1 << d->ilog2; }

// The index of an indexed dict (d->ilog2 != 0): the head of its block.
static inline void *dict_index(const DictObj *d) {
    size_t size = dict_index_size(d);
    return (uint8_t *)d->entries - size * ix_width(size);
}

// The GC block holding d's table (NULL if none).
static inline void *dict_block(const DictObj *d) {
    return d->ilog2 != 0 ? dict_index(d) : (void *)d->entries;
}

static inline bool key_is_name(Value k) {
    return val_is_obj(k) && VAL_OBJ(k)->type == &str_type && val_str(k)->interned;
}

#if UINTPTR_MAX > 0xFFFFFFFFu
#define HASH_MODULUS (((intptr_t)1 << 61) - 1)
#else
#define HASH_MODULUS ((intptr_t)(((uintptr_t)1 << 31) - 1))
#endif

uintptr_t cont_hash(Value key) {
    if (val_is_small_int(key)) {
        intptr_t i = val_small_int(key);
        if (i > -HASH_MODULUS && i < HASH_MODULUS && i != -1) {
            return (uintptr_t)i;
        }
    } else if (VAL_OBJ(key)->type == &str_type) {
        return str_hash(key);
    }
    return obj_hash(key);
}

Value dict_new(void) {
    DictObj *d = (DictObj *)gc_alloc_obj(sizeof(DictObj), &dict_type);
    d->names = 1;
    bump(d);
    return OBJ_VAL(d);
}

DictObj *dict_self(Value v, const char *method) {
    Value n = obj_native(v);
    if (!is_type(n, &dict_type)) {
        vm_raise(&exc_TypeError_type, "descriptor '%s' for 'dict' objects doesn't apply to a '%T' object",
                 method, v);
    }
    return val_dict(n);
}

// --- table management -------------------------------------------------------
//
// `alloc` follows CPython exactly (the entries a table of CPython's size
// may take before insertion_resize), so that when a resize compacts the
// entries (which is visible to a loop that mutates the dict it walks) is
// as in CPython. The memory behind it is allocated lazily: a small table
// holds small_cap(nentries) entries and gets an index only when its
// ninth entry is appended.

// Entries a small table has room for when it holds n (0, 1, 2, 4, 8).
static size_t small_cap(size_t n) {
    size_t cap = n != 0;
    while (cap < n) {
        cap <<= 1;
    }
    return cap;
}

static unsigned log2_of(size_t size) {
    unsigned l = 0;
    while (((size_t)1 << l) < size) {
        l++;
    }
    return l;
}

// Gives d a fresh table with the entries of src[0..n) in order (only the
// live ones if `compact`, else at their positions), room for `alloc`
// entries, and an index of 1 << ilog2 slots (none if ilog2 == 0). The old
// table is not freed (src may be it, or another dict's).
static void dict_build(DictObj *d, const DictEntry *src, size_t n, bool compact, size_t alloc, unsigned ilog2) {
    size_t count = n;
    if (compact) {
        count = 0;
        for (size_t i = 0; i < n; i++) {
            count += src[i].key != VAL_NULL;
        }
    }
    size_t size = ilog2 != 0 ? (size_t)1 << ilog2 : 0;
    size_t ixbytes = size * ix_width(size);
    size_t room = ilog2 != 0 ? alloc : small_cap(count);
    if (ilog2 > MAX_LOG2) {
        vm_raise_memory_error();
    }
    DictEntry *entries = NULL;
    uint8_t *block = NULL;
    if (ixbytes + room != 0) {
        block = gc_alloc(ixbytes + room * sizeof(DictEntry), false);
        entries = (DictEntry *)(void *)(block + ixbytes);
    }
    size_t k = 0;
    bool names = true;
    for (size_t i = 0; i < n; i++) {
        if (src[i].key != VAL_NULL) {
            entries[k++] = src[i];
            names = names && key_is_name(src[i].key);
        } else if (!compact) {
            k++;    // a deleted entry (zeroed: VAL_NULL)
        }
    }
    if (size != 0) {
        memset(block, 0xFF, ixbytes);   // IX_EMPTY in every width
        size_t mask = size - 1;
        for (size_t j = 0; j < k; j++) {
            if (entries[j].key == VAL_NULL) {
                continue;
            }
            uintptr_t h = entries[j].hash;
            size_t i = h & mask;
            for (uintptr_t perturb = h; ix_get(block, size, i) != IX_EMPTY;) {
                perturb >>= PERTURB_SHIFT;
                i = (i * 5 + perturb + 1) & mask;
            }
            ix_set(block, size, i, (intptr_t)j);
        }
    }
    d->entries = entries;
    d->nentries = (uint32_t)k;
    d->alloc = alloc;
    d->ilog2 = ilog2;
    d->names = names;
}

// CPython's dictresize: a compact table of CPython's `size` (a power of
// two); indexed if more than SMALL_MAX entries remain, or SMALL_MAX when
// `appending` (an entry is appended next).
static void dict_resize(DictObj *d, size_t size, bool appending) {
    size_t used = d->used;
    void *old = dict_block(d);
    bool small = appending ? used < SMALL_MAX : used <= SMALL_MAX;
    dict_build(d, d->entries, d->nentries, true, (size << 1) / 3, small ? 0 : log2_of(size));
    gc_free(old);
}

// CPython's calculate_log2_keysize, as 1 << it: the size for minsize
// (quirk kept: an exact power of two from 16 up gets twice that).
static size_t dict_calc_size(size_t minsize) {
    size_t m = ((minsize | 8) - 1) | 7;
    size_t size = 8;
    while (size <= m) {
        size <<= 1;
    }
    return size;
}

// CPython's insertion_resize (no room left): the size for 3 * used.
static void dict_grow(DictObj *d) {
    if (d->nentries == 0 && d->ilog2 == 0) {
        d->alloc = 5;   // a fresh CPython table (8 slots); memory comes with the entry
        d->names = 1;
        return;
    }
    dict_resize(d, dict_calc_size((size_t)d->used * 3), true);
}

// The size of the table CPython would have (alloc is at most its usable
// part; popitem lowers it, which rarely matters).
static size_t dict_logical_size(const DictObj *d) {
    size_t size = 8;
    while ((size << 1) / 3 < d->alloc) {
        size <<= 1;
    }
    return size;
}

// CPython's estimate_log2_keysize, as a size: a table for n entries.
static size_t dict_size_for(size_t n) { return dict_calc_size((n * 3 + 1) / 2); }

// Makes room in memory for appending entry d->nentries (< d->alloc) to a
// small table holding 0, 1, 2, 4 or 8 entries: it doubles, or gets an
// index once full (entries stay in place).
static void dict_make_slot(DictObj *d) {
    size_t n = d->nentries;
    if (n < SMALL_MAX) {
        d->entries = gc_realloc(d->entries, small_cap(n + 1) * sizeof(DictEntry));
        return;
    }
    size_t size = MIN_SIZE;
    while ((size << 1) / 3 < d->alloc) {
        size <<= 1;
    }
    void *old = d->entries;
    dict_build(d, d->entries, n, false, d->alloc, log2_of(size));
    gc_free(old);
}

// The first free index slot for hash (no comparisons: the key is new).
static size_t dict_free_slot(DictObj *d, uintptr_t hash) {
    void *index = dict_index(d);
    size_t size = dict_index_size(d);
    size_t mask = size - 1;
    size_t i = hash & mask;
    for (uintptr_t perturb = hash; ix_get(index, size, i) >= 0;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Finds key: returns its entry number, or -1 with *slot set to the index
// slot where it would be inserted (indexed dicts). Calls __eq__ (may
// raise, may mutate d: the search then starts over, as in CPython).
static intptr_t dict_lookup(DictObj *d, Value key, uintptr_t hash, size_t *slot) {
restart:
    *slot = 0;
    if (d->ilog2 == 0) {
        DictEntry *entries = d->entries;
        size_t n = d->nentries;
        for (size_t i = 0; i < n; i++) {
            if (entries[i].key == key) {
                return (intptr_t)i;
            }
        }
        bool key_is_str = val_is_obj(key) && VAL_OBJ(key)->type == &str_type;
        if (d->names && key_is_str && val_str(key)->interned) {
            return -1;     // distinct interned strs never compare equal
        }
        for (size_t i = 0; i < n; i++) {
            Value k = entries[i].key;
            if (k == VAL_NULL || entries[i].hash != hash) {
                continue;
            }
            if (key_is_str && val_is_obj(k) && VAL_OBJ(k)->type == &str_type) {
                if (str_equal(k, key)) {
                    return (intptr_t)i;
                }
            } else if (!(val_is_small_int(k) && val_is_small_int(key))) {
                size_t alloc = d->alloc;
                bool eq = obj_eq(k, key);
                // __eq__ may have changed d: start over if CPython would
                // have a new table (rebuilt, or indexed) or if entry i is
                // gone; an entries array that only moved (grown) is kept.
                if (d->alloc != alloc || d->ilog2 != 0 || i >= d->nentries || d->entries[i].key != k) {
                    goto restart;
                }
                entries = d->entries;
                n = d->nentries;
                if (eq) {
                    return (intptr_t)i;
                }
            }
        }
        return -1;
    }
    void *index = dict_index(d);
    size_t size = dict_index_size(d);
    size_t mask = size - 1;
    size_t i = hash & mask;
    size_t free_slot = SIZE_MAX;
    bool key_is_str = val_is_obj(key) && VAL_OBJ(key)->type == &str_type;
    for (uintptr_t perturb = hash;;) {
        intptr_t ix = ix_get(index, size, i);
        if (ix == IX_EMPTY) {
            *slot = free_slot != SIZE_MAX ? free_slot : i;
            return -1;
        }
        if (ix == IX_DUMMY) {
            if (free_slot == SIZE_MAX) {
                free_slot = i;
            }
        } else {
            DictEntry *e = &d->entries[ix];
            Value k = e->key;
            if (k == key) {
                return ix;
            }
            if (e->hash == hash) {
                if (key_is_str && val_is_obj(k) && VAL_OBJ(k)->type == &str_type) {
                    if (str_equal(k, key)) {
                        return ix;
                    }
                } else if (!(val_is_small_int(k) && val_is_small_int(key))) {
                    DictEntry *saved = d->entries;
                    bool eq = obj_eq(k, key);
                    if (d->entries != saved || saved[ix].key != k) {
                        goto restart;
                    }
                    if (eq) {
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_hashed(Value dv, Value key, uintptr_t hash) {
    DictObj *d = val_dict(dv);
    size_t slot;
    intptr_t ix = dict_lookup(d, key, hash, &slot);
    return ix < 0 ? VAL_NULL : d->entries[ix].value;
}

Value dict_get(Value d, Value key) { return dict_get_hashed(d, key, cont_hash(key)); }

Value dict_get_str(Value dv, Value name) {
    DictObj *d = val_dict(dv);
    DictEntry *entries = d->entries;
    if (d->ilog2 == 0) {
        size_t n = d->nentries;
        for (size_t i = 0; i < n; i++) {
            if (entries[i].key == name) {
                return entries[i].value;
            }
        }
        if (n == 0 || (d->names && VAL_OBJ(name)->type == &str_type && val_str(name)->interned)) {
            return VAL_NULL;
        }
        uintptr_t hash = str_hash(name);
        for (size_t i = 0; i < n; i++) {
            Value k = entries[i].key;
            if (k != VAL_NULL && entries[i].hash == hash && val_is_obj(k) && VAL_OBJ(k)->type == &str_type &&
                str_equal(k, name)) {
                return entries[i].value;
            }
        }
        return VAL_NULL;
    }
    uintptr_t hash = str_hash(name);
    const void *index = dict_index(d);
    size_t size = dict_index_size(d);
    size_t mask = size - 1;
    size_t i = hash & mask;
    for (uintptr_t perturb = hash;;) {
        intptr_t ix = ix_get(index, size, i);
        if (ix == IX_EMPTY) {
            return VAL_NULL;
        }
        if (ix >= 0) {
            DictEntry *e = &entries[ix];
            if (e->key == name) {
                return e->value;
            }
            if (e->hash == hash && val_is_obj(e->key) && VAL_OBJ(e->key)->type == &str_type &&
                str_equal(e->key, name)) {
                return e->value;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

void dict_set_hashed(Value dv, Value key, uintptr_t hash, Value value) {
    DictObj *d = val_dict(dv);
    size_t slot;
    uint32_t version = d->version;
    intptr_t ix = dict_lookup(d, key, hash, &slot);
    if (ix >= 0) {
        d->entries[ix].value = value;
        bump(d);
        return;
    }
    if (d->nentries >= d->alloc) {
        dict_grow(d);
        if (d->ilog2 != 0) {
            slot = dict_free_slot(d, hash);
        }
    } else if (d->version != version && d->ilog2 != 0) {
        slot = dict_free_slot(d, hash);     // an __eq__ changed the index
    }
    if (d->ilog2 == 0 && (d->nentries & (d->nentries - 1)) == 0) {
        dict_make_slot(d);
        if (d->ilog2 != 0) {
            slot = dict_free_slot(d, hash);
        }
    }
    DictEntry *e = &d->entries[d->nentries];
    e->key = key;
    e->value = value;
    e->hash = hash;
    if (d->ilog2 != 0) {
        ix_set(dict_index(d), dict_index_size(d), slot, (intptr_t)d->nentries);
    }
    if (d->names && !key_is_name(key)) {
        d->names = 0;
    }
    d->nentries++;
    d->used++;
    bump(d);
}

void dict_set(Value d, Value key, Value value) { dict_set_hashed(d, key, cont_hash(key), value); }

// The index slot holding entry ix (which must be live) of an indexed dict.
static size_t dict_slot_of(DictObj *d, intptr_t ix) {
    const void *index = dict_index(d);
    size_t size = dict_index_size(d);
    size_t mask = size - 1;
    uintptr_t hash = d->entries[ix].hash;
    size_t i = hash & mask;
    for (uintptr_t perturb = hash; ix_get(index, size, i) != ix;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Removes live entry ix.
static void dict_remove_at(DictObj *d, intptr_t ix) {
    if (d->ilog2 != 0) {
        ix_set(dict_index(d), dict_index_size(d), dict_slot_of(d, ix), IX_DUMMY);
    }
    d->entries[ix].key = VAL_NULL;
    d->entries[ix].value = VAL_NULL;
    d->used--;
    bump(d);
}

// Deletes key; returns its value, or VAL_NULL if absent.
static Value dict_pop_hashed(DictObj *d, Value key, uintptr_t hash) {
    size_t slot;
    intptr_t ix = dict_lookup(d, key, hash, &slot);
    if (ix < 0) {
        return VAL_NULL;
    }
    Value v = d->entries[ix].value;
    dict_remove_at(d, ix);
    return v;
}

bool dict_delete(Value d, Value key) { return dict_pop_hashed(val_dict(d), key, cont_hash(key)) != VAL_NULL; }

size_t dict_len(Value d) { return val_dict(d)->used; }

bool dict_next(Value dv, size_t *pos, Value *key, Value *value) {
    DictObj *d = val_dict(dv);
    for (size_t i = *pos; i < d->nentries; i++) {
        if (d->entries[i].key != VAL_NULL) {
            *pos = i + 1;
            *key = d->entries[i].key;
            if (value) {
                *value = d->entries[i].value;
            }
            return true;
        }
    }
    *pos = d->nentries;
    return false;
}

static void dict_clear_all(DictObj *d) {
    d->entries = NULL;
    d->ilog2 = 0;
    d->used = 0;
    d->nentries = 0;
    d->alloc = 0;
    d->names = 1;
    bump(d);
}

Value dict_copy(Value dv) {
    DictObj *src = val_dict(dv);
    Value rv = dict_new();
    DictObj *r = val_dict(rv);
    size_t used = src->used;
    if (used == 0) {
        return rv;
    }
    // Build directly: the keys are known distinct, so no comparisons run.
    // As CPython: a clone of the table unless a third of it is deleted
    // entries, else a compact table presized for `used`.
    if (used >= (src->nentries * 2) / 3) {
        dict_build(r, src->entries, src->nentries, false, src->alloc, src->ilog2);
    } else {
        size_t size = dict_size_for(used);
        dict_build(r, src->entries, src->nentries, true, (size << 1) / 3, used <= SMALL_MAX ? 0 : log2_of(size));
    }
    r->used = (uint32_t)used;
    return rv;
}

_Noreturn static void raise_key_error(Value key) {
    vm_raise_obj(exc_new(&exc_KeyError_type, 1, &key));
}

// --- update and construction --------------------------------------------

static void dict_merge_dict(DictObj *d, DictObj *src) {
    if (d == src || src->used == 0) {
        return;
    }
    // As CPython's dict_merge: an empty target gets a clone of a clean,
    // freshly sized source; else one resize up front when src is big.
    if (d->used == 0 && src->used == src->nentries) {
        size_t size = dict_logical_size(src);
        if (size == 8 || (size << 1) / 6 < src->used) {
            void *old = dict_block(d);
            dict_build(d, src->entries, src->nentries, false, src->alloc, src->ilog2);
            d->used = src->used;
            bump(d);
            gc_free(old);
            return;
        }
    }
    if ((dict_logical_size(d) << 1) / 3 < src->used) {
        dict_resize(d, dict_size_for(d->used + src->used), false);
    }
    for (size_t i = 0; i < src->nentries; i++) {
        DictEntry *e = &src->entries[i];
        if (e->key != VAL_NULL) {
            dict_set_hashed(OBJ_VAL(d), e->key, e->hash, e->value);
        }
        if (i >= src->nentries) {
            break;
        }
    }
}

static void dict_merge_pairs(DictObj *d, Value iterable) {
    Value it = obj_getiter(iterable);
    Value item;
    size_t n = 0;
    while ((item = obj_iternext(it)) != VAL_NULL) {
        size_t len;
        Value *kv;
        if (!obj_get_array(item, &len, &kv)) {
            volatile bool ok = false;
            NlrBuf nb;
            if (nlr_push(&nb) == 0) {
                Value l = list_from_iter(item);
                ok = true;
                nlr_pop();
                len = val_list(l)->len;
                kv = val_list(l)->items;
            } else if (!obj_isinstance(nb.exc, &exc_TypeError_type)) {
                nlr_jump(nb.exc);
            }
            if (!ok) {
                vm_raise(&exc_TypeError_type,
                         "cannot convert dictionary update sequence element #%zu to a sequence", n);
            }
        }
        if (len != 2) {
            vm_raise(&exc_ValueError_type,
                     "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
        }
        Value k = kv[0], v = kv[1];
        dict_set(OBJ_VAL(d), k, v);
        n++;
    }
}

// d.update(other) for one positional argument, as dict_update_arg.
static void dict_update_arg(DictObj *d, Value other) {
    if (is_type(other, &dict_type)) {
        dict_merge_dict(d, val_dict(other));
        return;
    }
    Value keys = obj_getattr_opt(other, NAME(keys));
    if (keys == VAL_NULL) {
        dict_merge_pairs(d, other);
        return;
    }
    Value kl = list_from_iter(obj_call0(keys));
    for (size_t i = 0; i < val_list(kl)->len; i++) {
        Value k = val_list(kl)->items[i];
        dict_set(OBJ_VAL(d), k, obj_getitem(other, k));
    }
}

void dict_update(Value d, Value other) { dict_update_arg(val_dict(d), other); }

static void dict_update_kw(DictObj *d, size_t nargs, const Value *args, Value kwnames, const char *name) {
    if (nargs > 1) {
        vm_raise(&exc_TypeError_type, "%s expected at most 1 argument, got %zu", name, nargs);
    }
    if (nargs == 1) {
        dict_update_arg(d, args[0]);
    }
    if (kwnames != VAL_NULL) {
        TupleObj *kw = val_tuple(kwnames);
        for (size_t i = 0; i < kw->len; i++) {
            dict_set(OBJ_VAL(d), kw->items[i], args[nargs + i]);
        }
    }
}

static Value dict_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    Value d = dict_new();
    if (t == &dict_type) {
        dict_update_kw(val_dict(d), nargs, args, kwnames, "dict");
    }
    // Subclasses are filled by dict.__init__, as in CPython.
    return cont_wrap_native(t, &dict_type, d);
}

// --- slots ------------------------------------------------------------------

static Value dict_repr_body(Value self) {
    DictObj *d = val_dict(obj_native(self));
    Vstr v;
    vstr_init(&v, 16);
    vstr_add_byte(&v, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (e->key == VAL_NULL) {
            continue;
        }
        Value k = e->key, val = e->value;
        if (!first) {
            vstr_add_cstr(&v, ", ");
        }
        first = false;
        vstr_add_value_str(&v, obj_repr(k));
        vstr_add_cstr(&v, ": ");
        vstr_add_value_str(&v, obj_repr(val));
    }
    vstr_add_byte(&v, '}');
    return vstr_to_str(&v);
}

static Value dict_repr(Value self) {
    if (dict_self(self, "__repr__")->used == 0) {
        return str_new("{}", 2);
    }
    return repr_guarded(self, dict_repr_body, "{...}");
}

static Value dict_hash(Value self) {
    vm_raise(&exc_TypeError_type, "unhashable type: '%T'", self);
}

static Value dict_unary_op(int op, Value a) {
    DictObj *d = dict_self(a, "__len__");
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)d->used);
    }
    if (op == UNOP_BOOL) {
        return val_bool(d->used != 0);
    }
    return VAL_NULL;
}

static Value dict_binary_op(int op, Value a, Value b) {
    if ((op & ~BINOP_INPLACE) != BINOP_OR) {
        return VAL_NULL;
    }
    Value na = obj_native(a), nb = obj_native(b);
    if (op & BINOP_INPLACE) {
        if (!is_type(na, &dict_type)) {
            return VAL_NULL;
        }
        dict_update_arg(val_dict(na), b);
        return na;
    }
    if (!is_type(na, &dict_type) || !is_type(nb, &dict_type)) {
        return VAL_NULL;
    }
    Value r = dict_copy(na);
    dict_merge_dict(val_dict(r), val_dict(nb));
    return r;
}

static bool dict_equal(DictObj *a, DictObj *b) {
    if (a->used != b->used) {
        return false;
    }
    for (size_t i = 0; i < a->nentries; i++) {
        DictEntry *e = &a->entries[i];
        Value k = e->key;
        if (k == VAL_NULL) {
            continue;
        }
        Value av = e->value;
        Value bv = dict_get_hashed(OBJ_VAL(b), k, e->hash);
        if (bv == VAL_NULL || !cont_item_eq(av, bv)) {
            return false;
        }
    }
    return true;
}

static Value dict_compare(int op, Value a, Value b) {
    a = obj_native(a);
    b = obj_native(b);
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(a, &dict_type) || !is_type(b, &dict_type)) {
        return VAL_NULL;
    }
    vm_check_c_stack_msg(COMPARE_DEPTH_MESSAGE);   // nested dicts compare in C
    bool eq = dict_equal(val_dict(a), val_dict(b));
    return val_bool(op == CMP_EQ ? eq : !eq);
}

// d[key] for the subscript slot and __getitem__: __missing__ for subclasses.
static Value dict_getitem(Value self, Value key) {
    DictObj *d = dict_self(self, "__getitem__");
    Value v = dict_get(OBJ_VAL(d), key);
    if (v != VAL_NULL) {
        return v;
    }
    const Type *t = type_of(self);
    if (t != &dict_type) {
        Value missing = type_lookup(t, NAME(__missing__));
        if (missing != VAL_NULL) {
            Value args[2] = {self, key};
            return obj_call(missing, 2, args, VAL_NULL);
        }
    }
    raise_key_error(key);
}

static Value dict_subscr(Value self, Value index, Value value) {
    if (value == VAL_NULL) {
        return dict_getitem(self, index);
    }
    DictObj *d = dict_self(self, "__setitem__");
    if (value == VAL_DELETE) {
        if (dict_pop_hashed(d, index, cont_hash(index)) == VAL_NULL) {
            raise_key_error(index);
        }
    } else {
        dict_set(OBJ_VAL(d), index, value);
    }
    return VAL_NONE;
}

static Value dict_contains(Value self, Value key) {
    return val_bool(dict_get(OBJ_VAL(dict_self(self, "__contains__")), key) != VAL_NULL);
}

// --- iterators ----------------------------------------------------------

typedef struct {
    Obj base;
    Value dict;         // VAL_NULL once exhausted
    size_t pos;         // next entry (forward) or next entry + 1 (reverse)
    size_t used;        // d->used when the iteration started
    size_t left;        // items still expected
} DictIterObj;

Value dict_iter_new(const Type *t, Value dict) {
    DictObj *d = val_dict(dict);
    DictIterObj *it = (DictIterObj *)gc_alloc_obj(sizeof(DictIterObj), t);
    it->dict = dict;
    bool reverse = t == &dict_reversekeyiterator_type || t == &dict_reversevalueiterator_type ||
                   t == &dict_reverseitemiterator_type;
    it->pos = reverse ? d->nentries : 0;
    it->used = d->used;
    it->left = d->used;
    return OBJ_VAL(it);
}

// Advances to the next live entry; NULL when done.
static DictEntry *dict_iter_step(Value self, bool reverse) {
    DictIterObj *it = (DictIterObj *)VAL_OBJ(self);
    if (it->dict == VAL_NULL) {
        return NULL;
    }
    DictObj *d = val_dict(it->dict);
    if (it->used != d->used) {
        it->used = (size_t)-1;
        vm_raise(&exc_RuntimeError_type, "dictionary changed size during iteration");
    }
    DictEntry *e = NULL;
    if (reverse) {
        while (it->pos > 0 && it->pos <= d->nentries) {
            it->pos--;
            if (d->entries[it->pos].key != VAL_NULL) {
                e = &d->entries[it->pos];
                break;
            }
        }
    } else {
        while (it->pos < d->nentries) {
            DictEntry *c = &d->entries[it->pos++];
            if (c->key != VAL_NULL) {
                e = c;
                break;
            }
        }
    }
    if (e == NULL) {
        it->dict = VAL_NULL;
        return NULL;
    }
    if (it->left == 0) {
        it->dict = VAL_NULL;
        vm_raise(&exc_RuntimeError_type, "dictionary keys changed during iteration");
    }
    it->left--;
    return e;
}

static Value dict_keyiter_next(Value self) {
    DictEntry *e = dict_iter_step(self, false);
    return e ? e->key : VAL_NULL;
}

static Value dict_valueiter_next(Value self) {
    DictEntry *e = dict_iter_step(self, false);
    return e ? e->value : VAL_NULL;
}

static Value make_pair(DictEntry *e) {
    Value t = tuple_alloc(2);
    val_tuple(t)->items[0] = e->key;
    val_tuple(t)->items[1] = e->value;
    return t;
}

static Value dict_itemiter_next(Value self) {
    DictEntry *e = dict_iter_step(self, false);
    return e ? make_pair(e) : VAL_NULL;
}

static Value dict_rkeyiter_next(Value self) {
    DictEntry *e = dict_iter_step(self, true);
    return e ? e->key : VAL_NULL;
}

static Value dict_rvalueiter_next(Value self) {
    DictEntry *e = dict_iter_step(self, true);
    return e ? e->value : VAL_NULL;
}

static Value dict_ritemiter_next(Value self) {
    DictEntry *e = dict_iter_step(self, true);
    return e ? make_pair(e) : VAL_NULL;
}

static Value dict_getiter(Value self) {
    return dict_iter_new(&dict_keyiterator_type, OBJ_VAL(dict_self(self, "__iter__")));
}

static Value dict_iter_length_hint(size_t nargs, const Value *args) {
    (void)nargs;
    DictIterObj *it = (DictIterObj *)VAL_OBJ(args[0]);
    if (it->dict == VAL_NULL || it->used != val_dict(it->dict)->used) {
        return val_from_small_int(0);
    }
    return val_from_small_int((intptr_t)it->left);
}

// --- methods ----------------------------------------------------------------

static Value dict_get_m(size_t nargs, const Value *args) {
    DictObj *d = dict_self(args[0], "get");
    Value v = dict_get(OBJ_VAL(d), args[1]);
    if (v != VAL_NULL) {
        return v;
    }
    return nargs > 2 ? args[2] : VAL_NONE;
}

static Value dict_setdefault_m(size_t nargs, const Value *args) {
    DictObj *d = dict_self(args[0], "setdefault");
    uintptr_t h = cont_hash(args[1]);
    Value v = dict_get_hashed(OBJ_VAL(d), args[1], h);
    if (v != VAL_NULL) {
        return v;
    }
    v = nargs > 2 ? args[2] : VAL_NONE;
    dict_set_hashed(OBJ_VAL(d), args[1], h, v);
    return v;
}

static Value dict_pop_m(size_t nargs, const Value *args) {
    DictObj *d = dict_self(args[0], "pop");
    Value v = dict_pop_hashed(d, args[1], cont_hash(args[1]));
    if (v != VAL_NULL) {
        return v;
    }
    if (nargs > 2) {
        return args[2];
    }
    raise_key_error(args[1]);
}

static Value dict_popitem_m(size_t nargs, const Value *args) {
    (void)nargs;
    DictObj *d = dict_self(args[0], "popitem");
    if (d->used == 0) {
        vm_raise(&exc_KeyError_type, "popitem(): dictionary is empty");
    }
    size_t i = d->nentries;
    while (i > 0 && d->entries[i - 1].key == VAL_NULL) {
        i--;
    }
    i--;
    Value r = make_pair(&d->entries[i]);
    dict_remove_at(d, (intptr_t)i);
    // Entries after i are all deleted: drop them, keeping the remaining
    // room for additions unchanged (the index still holds dummies).
    d->alloc -= d->nentries - i;
    d->nentries = (uint32_t)i;
    return r;
}

static Value dict_keys_m(size_t nargs, const Value *args) {
    (void)nargs;
    return dict_view_new(&dict_keys_type, OBJ_VAL(dict_self(args[0], "keys")));
}

static Value dict_values_m(size_t nargs, const Value *args) {
    (void)nargs;
    return dict_view_new(&dict_values_type, OBJ_VAL(dict_self(args[0], "values")));
}

static Value dict_items_m(size_t nargs, const Value *args) {
    (void)nargs;
    return dict_view_new(&dict_items_type, OBJ_VAL(dict_self(args[0], "items")));
}

static Value dict_update_m(size_t nargs, const Value *args, Value kwnames) {
    DictObj *d = dict_self(args[0], "update");
    dict_update_kw(d, nargs - 1, args + 1, kwnames, "update");
    return VAL_NONE;
}

static Value dict_init_m(size_t nargs, const Value *args, Value kwnames) {
    DictObj *d = dict_self(args[0], "__init__");
    dict_update_kw(d, nargs - 1, args + 1, kwnames, "dict");
    return VAL_NONE;
}

static Value dict_clear_m(size_t nargs, const Value *args) {
    (void)nargs;
    dict_clear_all(dict_self(args[0], "clear"));
    return VAL_NONE;
}

static Value dict_copy_m(size_t nargs, const Value *args) {
    (void)nargs;
    return dict_copy(OBJ_VAL(dict_self(args[0], "copy")));
}

static Value dict_fromkeys_m(size_t nargs, const Value *args) {
    Value cls = args[0];
    Value value = nargs > 2 ? args[2] : VAL_NONE;
    Value d = cls == OBJ_VAL(&dict_type) ? dict_new() : obj_call0(cls);
    Value it = obj_getiter(args[1]);
    Value k;
    bool exact = is_type(d, &dict_type);
    while ((k = obj_iternext(it)) != VAL_NULL) {
        if (exact) {
            dict_set(d, k, value);
        } else {
            obj_setitem(d, k, value);
        }
    }
    return d;
}

static Value dict_reversed_m(size_t nargs, const Value *args) {
    (void)nargs;
    return dict_iter_new(&dict_reversekeyiterator_type, OBJ_VAL(dict_self(args[0], "__reversed__")));
}

static BUILTIN_FN_KW(dict_init_obj, __init__, 1, FN_UNLIMITED, dict_init_m);
static BUILTIN_FN(dict_reversed_obj, __reversed__, 1, 1, dict_reversed_m);
static BUILTIN_FN(dict_clear_obj, clear, 1, 1, dict_clear_m);
static BUILTIN_FN(dict_copy_obj, copy, 1, 1, dict_copy_m);
static BUILTIN_FN(dict_fromkeys_fn, fromkeys, 2, 3, dict_fromkeys_m);
static const WrapperObj dict_fromkeys_obj = {{&classmethod_type}, OBJ_VAL(&dict_fromkeys_fn)};
static BUILTIN_FN(dict_get_obj, get, 2, 3, dict_get_m);
static BUILTIN_FN(dict_items_obj, items, 1, 1, dict_items_m);
static BUILTIN_FN(dict_keys_obj, keys, 1, 1, dict_keys_m);
static BUILTIN_FN(dict_pop_obj, pop, 2, 3, dict_pop_m);
static BUILTIN_FN(dict_popitem_obj, popitem, 1, 1, dict_popitem_m);
static BUILTIN_FN(dict_setdefault_obj, setdefault, 2, 3, dict_setdefault_m);
static BUILTIN_FN_KW(dict_update_obj, update, 1, FN_UNLIMITED, dict_update_m);
static BUILTIN_FN(dict_values_obj, values, 1, 1, dict_values_m);

// Sorted by name text (the runtime binary-searches attribute tables).
static const AttrEntry dict_attrs[] = {
    {NAME(__class_getitem__), OBJ_VAL(&cont_class_getitem_obj)},
    {NAME(__hash__), VAL_NONE},
    {NAME(__init__), OBJ_VAL(&dict_init_obj)},
    {NAME(__reversed__), OBJ_VAL(&dict_reversed_obj)},
    {NAME(clear), OBJ_VAL(&dict_clear_obj)},
    {NAME(copy), OBJ_VAL(&dict_copy_obj)},
    {NAME(fromkeys), OBJ_VAL(&dict_fromkeys_obj)},
    {NAME(get), OBJ_VAL(&dict_get_obj)},
    {NAME(items), OBJ_VAL(&dict_items_obj)},
    {NAME(keys), OBJ_VAL(&dict_keys_obj)},
    {NAME(pop), OBJ_VAL(&dict_pop_obj)},
    {NAME(popitem), OBJ_VAL(&dict_popitem_obj)},
    {NAME(setdefault), OBJ_VAL(&dict_setdefault_obj)},
    {NAME(update), OBJ_VAL(&dict_update_obj)},
    {NAME(values), OBJ_VAL(&dict_values_obj)},
};

const Type dict_type = {
    .base = {&type_type},
    .name = NAME(dict),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = dict_make_new,
    .repr = dict_repr,
    .hash = dict_hash,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .compare = dict_compare,
    .subscr = dict_subscr,
    .contains = dict_contains,
    .getiter = dict_getiter,
    .attrs = dict_attrs,
    .nattrs = sizeof(dict_attrs) / sizeof(dict_attrs[0]),
};

static BUILTIN_FN(dict_iter_length_hint_obj, __length_hint__, 1, 1, dict_iter_length_hint);

static const AttrEntry dict_iter_attrs[] = {
    {NAME(__length_hint__), OBJ_VAL(&dict_iter_length_hint_obj)},
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

#define DICT_ITER_TYPE(cname, pyname, next)                          \
    const Type cname = {                                             \
        .base = {&type_type},                                        \
        .name = NAME(pyname),                                        \
        .flags = TYPE_FLAG_ITER_SELF,                                \
        .base_type = &object_type,                                   \
        .repr = iter_repr_addr,                                      \
        .getiter = iter_getiter_self,                                \
        .iternext = next,                                            \
        .attrs = dict_iter_attrs,                                    \
        .nattrs = sizeof(dict_iter_attrs) / sizeof(dict_iter_attrs[0]), \
    }

DICT_ITER_TYPE(dict_keyiterator_type, dict_keyiterator, dict_keyiter_next);
DICT_ITER_TYPE(dict_valueiterator_type, dict_valueiterator, dict_valueiter_next);
DICT_ITER_TYPE(dict_itemiterator_type, dict_itemiterator, dict_itemiter_next);
DICT_ITER_TYPE(dict_reversekeyiterator_type, dict_reversekeyiterator, dict_rkeyiter_next);
DICT_ITER_TYPE(dict_reversevalueiterator_type, dict_reversevalueiterator, dict_rvalueiter_next);
DICT_ITER_TYPE(dict_reverseitemiterator_type, dict_reverseitemiterator, dict_ritemiter_next);
