// set and frozenset. The table is CPython 3.11's setobject algorithm, slot
// for slot: open addressing over (key, hash) entries, probing up to 9
// neighbouring slots linearly before jumping by the perturbed sequence,
// resizing when 3/5 full, the same table sizes, and the same insertion
// order in copies, merges and the set algebra. Iteration walks the table,
// so {3, 1, 2} prints as {1, 2, 3} exactly as in python3.
//
// SetObj embeds a DictObj (obj.h); a set uses its fields as plain storage:
//   used       live keys              nentries    live + dummy slots ("fill")
//   index_size slots (power of two; 0 = no table yet, behaves as 8 empty)
//   entries    the SetEntry table     alloc       pop()'s search finger
// An empty slot is (VAL_NULL, 0); a deleted one is (DUMMY, -1).
#include <string.h>
#include "gc.h"
#include "nlr.h"
#include "obj_cont.h"
#include "print.h"
#include "vm_raise.h"

typedef struct {
    Value key;
    uintptr_t hash;
} SetEntry;

#define DUMMY ((Value)2)
#define DUMMY_HASH ((uintptr_t)-1)
#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static inline SetEntry *tab(SetObj *s) { return (SetEntry *)s->table.entries; }
static inline size_t tsize(SetObj *s) { return s->table.index_size; }

bool val_is_anyset(Value v) {
    if (!val_is_obj(v)) {
        return false;
    }
    const Type *t = VAL_OBJ(v)->type;
    if (t == &set_type || t == &frozenset_type) {
        return true;
    }
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        return false;
    }
    v = obj_native(v);
    return is_type(v, &set_type) || is_type(v, &frozenset_type);
}

SetObj *set_self(Value v) { return (SetObj *)VAL_OBJ(obj_native(v)); }

size_t set_len(Value s) { return set_self(s)->table.used; }

static SetObj *set_alloc(const Type *t) { return (SetObj *)gc_alloc_obj(sizeof(SetObj), t); }

// set for a set (or subclass), frozenset otherwise: CPython's
// make_new_set_basetype, the type of results of the set algebra.
static const Type *base_type_of(SetObj *s) {
    return s->base.type == &set_type ? &set_type : &frozenset_type;
}

static void ensure_table(SetObj *s) {
    if (tsize(s) == 0) {
        s->table.entries = gc_alloc(SET_MINSIZE * sizeof(SetEntry), false);
        s->table.index_size = SET_MINSIZE;
    }
}

// --- the table ----------------------------------------------------------

static inline bool keys_equal_fast(Value a, Value b, bool *known) {
    *known = true;
    if (a == b) {
        return true;
    }
    if (val_is_small_int(a) && val_is_small_int(b)) {
        return false;
    }
    if (val_is_obj(a) && val_is_obj(b) && VAL_OBJ(a)->type == &str_type && VAL_OBJ(b)->type == &str_type) {
        return str_equal(a, b);
    }
    *known = false;
    return false;
}

// Compares the live entry `entry` (same hash as key) with key: 1 equal,
// 0 not, -1 when a Python __eq__ changed the table under the probe, so the
// caller must start its probe again.
static int entry_matches(SetObj *so, SetEntry *table, SetEntry *entry, Value key) {
    Value startkey = entry->key;
    bool known, eq = keys_equal_fast(startkey, key, &known);
    if (!known) {
        eq = obj_eq(startkey, key);
        if (table != tab(so) || entry->key != startkey) {
            return -1;
        }
    }
    return eq ? 1 : 0;
}

// The entry holding key, or the empty entry that ends its probe sequence;
// NULL if the set has no table. May run __eq__ (restarts if it mutates).
static SetEntry *set_lookkey(SetObj *so, Value key, uintptr_t hash) {
restart:
    if (tsize(so) == 0) {
        return NULL;
    }
    SetEntry *table = tab(so);
    size_t mask = tsize(so) - 1;
    size_t i = hash & mask;
    size_t perturb = hash;
    for (;;) {
        SetEntry *entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == VAL_NULL) {
                return entry;
            }
            if (entry->hash == hash && entry->key != DUMMY) {
                int m = entry_matches(so, table, entry, key);
                if (m < 0) {
                    goto restart;
                }
                if (m > 0) {
                    return entry;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void set_insert_clean(SetEntry *table, size_t mask, Value key, uintptr_t hash) {
    size_t perturb = hash;
    size_t i = hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == VAL_NULL) {
            entry->key = key;
            entry->hash = hash;
            return;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == VAL_NULL) {
                    entry->key = key;
                    entry->hash = hash;
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void set_table_resize(SetObj *so, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        newsize <<= 1;
    }
    SetEntry *old = tab(so);
    size_t oldsize = tsize(so);
    SetEntry *nt = gc_alloc(newsize * sizeof(SetEntry), false);
    for (size_t i = 0; i < oldsize; i++) {
        if (old[i].key != VAL_NULL && old[i].key != DUMMY) {
            set_insert_clean(nt, newsize - 1, old[i].key, old[i].hash);
        }
    }
    so->table.entries = (DictEntry *)(void *)nt;
    so->table.index_size = newsize;
    so->table.nentries = so->table.used;
    if (old) {
        gc_free(old);
    }
}

static void set_add_entry(SetObj *so, Value key, uintptr_t hash) {
restart:
    // Inside the restart: an __eq__ that cleared the set leaves no table.
    ensure_table(so);
    SetEntry *table = tab(so);
    size_t mask = tsize(so) - 1;
    size_t i = hash & mask;
    size_t perturb = hash;
    SetEntry *freeslot = NULL;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == VAL_NULL) {
                goto found_unused_or_dummy;
            }
            if (entry->hash == hash && entry->key != DUMMY) {
                int m = entry_matches(so, table, entry, key);
                if (m < 0) {
                    goto restart;
                }
                if (m > 0) {
                    return;
                }
            } else if (entry->key == DUMMY) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->table.used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return;
    }
    so->table.nentries++;
    so->table.used++;
    entry->key = key;
    entry->hash = hash;
    if (so->table.nentries * 5 < mask * 3) {
        return;
    }
    size_t used = so->table.used;
    set_table_resize(so, used > 50000 ? used * 2 : used * 4);
}

static bool set_discard_entry(SetObj *so, Value key, uintptr_t hash) {
    SetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL || entry->key == VAL_NULL) {
        return false;
    }
    entry->key = DUMMY;
    entry->hash = DUMMY_HASH;
    so->table.used--;
    return true;
}

static bool set_contains_entry(SetObj *so, Value key, uintptr_t hash) {
    SetEntry *entry = set_lookkey(so, key, hash);
    return entry != NULL && entry->key != VAL_NULL;
}

static void set_clear_internal(SetObj *so) {
    so->table.entries = NULL;
    so->table.index_size = 0;
    so->table.used = 0;
    so->table.nentries = 0;
}

// Next live entry at or after *pos (table order).
static SetEntry *set_next_entry(SetObj *so, size_t *pos) {
    size_t n = tsize(so);
    SetEntry *t = tab(so);
    for (size_t i = *pos; i < n; i++) {
        if (t[i].key != VAL_NULL && t[i].key != DUMMY) {
            *pos = i + 1;
            return &t[i];
        }
    }
    *pos = n;
    return NULL;
}

bool set_next(Value s, size_t *pos, Value *key) {
    SetEntry *e = set_next_entry(set_self(s), pos);
    if (e == NULL) {
        return false;
    }
    *key = e->key;
    return true;
}

// --- bulk operations ----------------------------------------------------

static void set_merge(SetObj *so, SetObj *other) {
    if (so == other || other->table.used == 0) {
        return;
    }
    size_t so_mask = tsize(so) ? tsize(so) - 1 : SET_MINSIZE - 1;
    if ((so->table.nentries + other->table.used) * 5 >= so_mask * 3) {
        set_table_resize(so, (so->table.used + other->table.used) * 2);
    }
    ensure_table(so);
    SetEntry *ot = tab(other);
    size_t osize = tsize(other);
    if (so->table.nentries == 0 && tsize(so) == osize && other->table.nentries == other->table.used) {
        // Same size, no dummies: copy slot for slot.
        memcpy(tab(so), ot, osize * sizeof(SetEntry));
        so->table.nentries = other->table.nentries;
        so->table.used = other->table.used;
        return;
    }
    if (so->table.nentries == 0) {
        SetEntry *nt = tab(so);
        size_t mask = tsize(so) - 1;
        so->table.nentries = other->table.used;
        so->table.used = other->table.used;
        for (size_t i = 0; i < osize; i++) {
            if (ot[i].key != VAL_NULL && ot[i].key != DUMMY) {
                set_insert_clean(nt, mask, ot[i].key, ot[i].hash);
            }
        }
        return;
    }
    for (size_t i = 0; i < tsize(other); i++) {
        SetEntry *e = &tab(other)[i];
        if (e->key != VAL_NULL && e->key != DUMMY) {
            set_add_entry(so, e->key, e->hash);
        }
    }
}

static void set_update_internal(SetObj *so, Value other) {
    if (val_is_anyset(other)) {
        set_merge(so, set_self(other));
        return;
    }
    if (is_type(other, &dict_type)) {
        DictObj *d = val_dict(other);
        size_t so_mask = tsize(so) ? tsize(so) - 1 : SET_MINSIZE - 1;
        if ((so->table.nentries + d->used) * 5 >= so_mask * 3) {
            set_table_resize(so, (so->table.used + d->used) * 2);
        }
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (e->key != VAL_NULL) {
                set_add_entry(so, e->key, e->hash);
            }
        }
        return;
    }
    size_t n;
    Value *items;
    if (obj_get_array(other, &n, &items)) {
        for (size_t i = 0; i < n && obj_get_array(other, &n, &items) && i < n; i++) {
            Value k = items[i];
            set_add_entry(so, k, cont_hash(k));
        }
        return;
    }
    Value it = obj_getiter(other);
    Value k;
    while ((k = obj_iternext(it)) != VAL_NULL) {
        set_add_entry(so, k, cont_hash(k));
    }
}

static SetObj *make_new_set(const Type *t, Value iterable) {
    SetObj *s = set_alloc(t);
    if (iterable != VAL_NULL) {
        set_update_internal(s, iterable);
    }
    return s;
}

static SetObj *set_copy(SetObj *so) { return make_new_set(base_type_of(so), OBJ_VAL(so)); }

Value set_new(void) { return OBJ_VAL(set_alloc(&set_type)); }

Value set_from_iter(Value iterable) { return OBJ_VAL(make_new_set(&set_type, iterable)); }

Value frozenset_new_from(Value iterable) {
    if (is_type(iterable, &frozenset_type)) {
        return iterable;
    }
    return OBJ_VAL(make_new_set(&frozenset_type, iterable));
}

Value frozenset_const_from_tuple(Value tuple) {
    // CPython folds the display into frozenset(tuple), then its constant
    // merging rebuilds it from that frozenset's iteration order.
    SetObj *first = make_new_set(&frozenset_type, tuple);
    Value order = tuple_alloc(first->table.used);
    size_t pos = 0, i = 0;
    SetEntry *e;
    while ((e = set_next_entry(first, &pos)) != NULL) {
        val_tuple(order)->items[i++] = e->key;
    }
    return OBJ_VAL(make_new_set(&frozenset_type, order));
}

void set_add(Value s, Value item) { set_add_entry(set_self(s), item, cont_hash(item)); }

void set_update_from(Value s, Value iterable) { set_update_internal(set_self(s), iterable); }

// The key to look up for `key in s`, s.remove(key), s.discard(key): an
// unhashable set stands for the frozenset with the same items.
static Value lookup_key(Value key, uintptr_t *hash) {
    if (val_is_obj(key) && VAL_OBJ(key)->type == &set_type) {
        key = OBJ_VAL(make_new_set(&frozenset_type, key));
    }
    *hash = cont_hash(key);
    return key;
}

bool set_contains(Value s, Value item) {
    uintptr_t h;
    item = lookup_key(item, &h);
    return set_contains_entry(set_self(s), item, h);
}

static SetObj *set_intersection(SetObj *so, Value other) {
    if (OBJ_VAL(so) == obj_native(other)) {
        return set_copy(so);
    }
    SetObj *result = set_alloc(base_type_of(so));
    if (val_is_anyset(other)) {
        SetObj *o = set_self(other);
        if (o->table.used > so->table.used) {
            SetObj *t = so;
            so = o;
            o = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while ((e = set_next_entry(o, &pos)) != NULL) {
            Value k = e->key;
            uintptr_t h = e->hash;
            if (set_contains_entry(so, k, h)) {
                set_add_entry(result, k, h);
            }
        }
        return result;
    }
    Value it = obj_getiter(other);
    Value k;
    while ((k = obj_iternext(it)) != VAL_NULL) {
        uintptr_t h = cont_hash(k);
        if (set_contains_entry(so, k, h)) {
            set_add_entry(result, k, h);
        }
    }
    return result;
}

static void set_difference_update_internal(SetObj *so, Value other) {
    if (OBJ_VAL(so) == obj_native(other)) {
        set_clear_internal(so);
        return;
    }
    if (val_is_anyset(other)) {
        SetObj *o = set_self(other);
        if ((o->table.used >> 3) > so->table.used) {
            o = set_intersection(so, other);
        }
        size_t pos = 0;
        SetEntry *e;
        while ((e = set_next_entry(o, &pos)) != NULL) {
            set_discard_entry(so, e->key, e->hash);
        }
    } else {
        Value it = obj_getiter(other);
        Value k;
        while ((k = obj_iternext(it)) != VAL_NULL) {
            set_discard_entry(so, k, cont_hash(k));
        }
    }
    // More than 1/4 dummies: rebuild without them.
    if (tsize(so) != 0 && so->table.nentries - so->table.used > (tsize(so) - 1) / 4) {
        size_t used = so->table.used;
        set_table_resize(so, used > 50000 ? used * 2 : used * 4);
    }
}

static SetObj *set_difference(SetObj *so, Value other) {
    size_t other_size;
    if (val_is_anyset(other)) {
        other_size = set_self(other)->table.used;
    } else if (is_type(other, &dict_type)) {
        other_size = val_dict(other)->used;
    } else {
        SetObj *r = set_copy(so);
        set_difference_update_internal(r, other);
        return r;
    }
    if ((so->table.used >> 2) > other_size) {
        SetObj *r = set_copy(so);
        set_difference_update_internal(r, other);
        return r;
    }
    SetObj *result = set_alloc(base_type_of(so));
    size_t pos = 0;
    SetEntry *e;
    bool is_dict = is_type(other, &dict_type);
    SetObj *o = is_dict ? NULL : set_self(other);
    while ((e = set_next_entry(so, &pos)) != NULL) {
        Value k = e->key;
        uintptr_t h = e->hash;
        bool in = is_dict ? dict_get_hashed(other, k, h) != VAL_NULL : set_contains_entry(o, k, h);
        if (!in) {
            set_add_entry(result, k, h);
        }
    }
    return result;
}

static void set_symmetric_difference_update(SetObj *so, Value other) {
    if (OBJ_VAL(so) == obj_native(other)) {
        set_clear_internal(so);
        return;
    }
    if (is_type(other, &dict_type)) {
        DictObj *d = val_dict(other);
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (e->key == VAL_NULL) {
                continue;
            }
            Value k = e->key;
            uintptr_t h = e->hash;
            if (!set_discard_entry(so, k, h)) {
                set_add_entry(so, k, h);
            }
        }
        return;
    }
    SetObj *o = val_is_anyset(other) ? set_self(other) : make_new_set(base_type_of(so), other);
    size_t pos = 0;
    SetEntry *e;
    while ((e = set_next_entry(o, &pos)) != NULL) {
        Value k = e->key;
        uintptr_t h = e->hash;
        if (!set_discard_entry(so, k, h)) {
            set_add_entry(so, k, h);
        }
    }
}

static SetObj *set_symmetric_difference(SetObj *so, Value other) {
    SetObj *r = make_new_set(base_type_of(so), other);
    set_symmetric_difference_update(r, OBJ_VAL(so));
    return r;
}

// Replaces so's table by tmp's (CPython's set_swap_bodies, one way).
static void set_take_body(SetObj *so, SetObj *tmp) {
    so->table.entries = tmp->table.entries;
    so->table.index_size = tmp->table.index_size;
    so->table.used = tmp->table.used;
    so->table.nentries = tmp->table.nentries;
}

static bool set_issubset(SetObj *so, Value other) {
    if (!val_is_anyset(other)) {
        return set_issubset(so, set_from_iter(other));
    }
    SetObj *o = set_self(other);
    if (so->table.used > o->table.used) {
        return false;
    }
    size_t pos = 0;
    SetEntry *e;
    while ((e = set_next_entry(so, &pos)) != NULL) {
        if (!set_contains_entry(o, e->key, e->hash)) {
            return false;
        }
    }
    return true;
}

static bool set_issuperset(SetObj *so, Value other) {
    if (val_is_anyset(other)) {
        return set_issubset(set_self(other), OBJ_VAL(so));
    }
    Value it = obj_getiter(other);
    Value k;
    while ((k = obj_iternext(it)) != VAL_NULL) {
        if (!set_contains_entry(so, k, cont_hash(k))) {
            return false;
        }
    }
    return true;
}

Value set_binary(int op, Value a, Value b) {
    SetObj *s = set_self(a);
    switch (op) {
        case BINOP_OR:
            set_update_internal(s, b);
            break;
        case BINOP_AND:
            set_take_body(s, set_intersection(s, b));
            break;
        case BINOP_SUB:
            set_difference_update_internal(s, b);
            break;
        default:
            set_symmetric_difference_update(s, b);
            break;
    }
    return a;
}

// --- slots ------------------------------------------------------------------

static Value set_repr_body(Value self) {
    SetObj *so = set_self(self);
    Vstr v;
    vstr_init(&v, 16);
    bool exact = VAL_OBJ(self)->type == &set_type;
    if (!exact) {
        vstr_add_cstr(&v, type_name_cstr(type_of(self)));
        vstr_add_byte(&v, '(');
    }
    vstr_add_byte(&v, '{');
    Value keys = list_new_empty();
    size_t pos = 0;
    SetEntry *e;
    while ((e = set_next_entry(so, &pos)) != NULL) {
        list_append(keys, e->key);
    }
    for (size_t i = 0; i < val_list(keys)->len; i++) {
        if (i > 0) {
            vstr_add_cstr(&v, ", ");
        }
        vstr_add_value_str(&v, obj_repr(val_list(keys)->items[i]));
    }
    vstr_add_byte(&v, '}');
    if (!exact) {
        vstr_add_byte(&v, ')');
    }
    return vstr_to_str(&v);
}

static Value set_repr(Value self) {
    const char *name = type_name_cstr(type_of(self));
    if (set_self(self)->table.used == 0) {
        return str_printf("%s()", name);
    }
    Vstr rec;
    vstr_init(&rec, 16);
    vstr_printf(&rec, "%s(...)", name);
    return repr_guarded(self, set_repr_body, vstr_cstr(&rec));
}

static Value set_hash_unhashable(Value self) {
    vm_raise(&exc_TypeError_type, "unhashable type: '%T'", self);
}

static uintptr_t shuffle_bits(uintptr_t h) {
    return ((h ^ (uintptr_t)89869747UL) ^ (h << 16)) * (uintptr_t)3644798167UL;
}

static Value frozenset_hash(Value self) {
    SetObj *so = set_self(self);
    uintptr_t hash = 0;
    size_t pos = 0;
    SetEntry *e;
    while ((e = set_next_entry(so, &pos)) != NULL) {
        hash ^= shuffle_bits(e->hash);
    }
    hash ^= ((uintptr_t)so->table.used + 1) * (uintptr_t)1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + (uintptr_t)907133923UL;
    if (hash == (uintptr_t)-1) {
        hash = 590923713UL;
    }
    return hash_to_value(hash);
}

static Value set_unary_op(int op, Value a) {
    size_t n = set_self(a)->table.used;
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)n);
    }
    if (op == UNOP_BOOL) {
        return val_bool(n != 0);
    }
    return VAL_NULL;
}

static Value set_binary_op(int op, Value a, Value b) {
    bool inplace = (op & BINOP_INPLACE) != 0;
    op &= ~BINOP_INPLACE;
    if (op != BINOP_OR && op != BINOP_AND && op != BINOP_SUB && op != BINOP_XOR) {
        return VAL_NULL;
    }
    if (!val_is_anyset(a) || !val_is_anyset(b)) {
        return VAL_NULL;
    }
    SetObj *so = set_self(a);
    if (inplace && so->base.type == &set_type) {
        return set_binary(op, OBJ_VAL(so), b);
    }
    switch (op) {
        case BINOP_OR: {
            SetObj *r = set_copy(so);
            if (OBJ_VAL(so) != obj_native(b)) {
                set_update_internal(r, b);
            }
            return OBJ_VAL(r);
        }
        case BINOP_AND:
            return OBJ_VAL(set_intersection(so, b));
        case BINOP_SUB:
            return OBJ_VAL(set_difference(so, b));
        default:
            return OBJ_VAL(set_symmetric_difference(so, b));
    }
}

static Value set_compare(int op, Value a, Value b) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) {
        return VAL_NULL;
    }
    SetObj *x = set_self(a), *y = set_self(b);
    size_t lx = x->table.used, ly = y->table.used;
    switch (op) {
        case CMP_EQ:
            return val_bool(lx == ly && set_issubset(x, b));
        case CMP_NE:
            return val_bool(!(lx == ly && set_issubset(x, b)));
        case CMP_LE:
            return val_bool(set_issubset(x, b));
        case CMP_GE:
            return val_bool(set_issuperset(x, b));
        case CMP_LT:
            return val_bool(lx < ly && set_issubset(x, b));
        default:
            return val_bool(lx > ly && set_issuperset(x, b));
    }
}

static Value set_contains_slot(Value self, Value item) { return val_bool(set_contains(self, item)); }

// --- iterator -------------------------------------------------------------

typedef struct {
    Obj base;
    Value set;      // the SetObj; VAL_NULL once exhausted
    size_t pos;
    size_t used;    // used when iteration started
    size_t left;
} SetIterObj;

static Value set_getiter(Value self) {
    SetObj *so = set_self(self);
    SetIterObj *it = (SetIterObj *)gc_alloc_obj(sizeof(SetIterObj), &set_iterator_type);
    it->set = OBJ_VAL(so);
    it->used = so->table.used;
    it->left = so->table.used;
    return OBJ_VAL(it);
}

static Value set_iter_next(Value self) {
    SetIterObj *it = (SetIterObj *)VAL_OBJ(self);
    if (it->set == VAL_NULL) {
        return VAL_NULL;
    }
    SetObj *so = (SetObj *)VAL_OBJ(it->set);
    if (it->used != so->table.used) {
        it->used = (size_t)-1;
        vm_raise(&exc_RuntimeError_type, "Set changed size during iteration");
    }
    SetEntry *e = set_next_entry(so, &it->pos);
    if (e == NULL) {
        it->set = VAL_NULL;
        return VAL_NULL;
    }
    it->left--;
    return e->key;
}

static Value set_iter_length_hint(size_t nargs, const Value *args) {
    (void)nargs;
    SetIterObj *it = (SetIterObj *)VAL_OBJ(args[0]);
    if (it->set == VAL_NULL || it->used != ((SetObj *)VAL_OBJ(it->set))->table.used) {
        return val_from_small_int(0);
    }
    return val_from_small_int((intptr_t)it->left);
}

// --- methods ----------------------------------------------------------------

static SetObj *mutable_self(Value v, const char *method) {
    Value n = obj_native(v);
    if (!is_type(n, &set_type)) {
        vm_raise(&exc_TypeError_type, "descriptor '%s' for 'set' objects doesn't apply to a '%T' object",
                 method, v);
    }
    return (SetObj *)VAL_OBJ(n);
}

static SetObj *any_self(Value v, const char *method) {
    if (!val_is_anyset(v)) {
        vm_raise(&exc_TypeError_type,
                 "descriptor '%s' for 'frozenset' objects doesn't apply to a '%T' object", method, v);
    }
    return set_self(v);
}

static Value set_add_m(size_t nargs, const Value *args) {
    (void)nargs;
    set_add_entry(mutable_self(args[0], "add"), args[1], cont_hash(args[1]));
    return VAL_NONE;
}

static Value set_remove_m(size_t nargs, const Value *args) {
    (void)nargs;
    SetObj *so = mutable_self(args[0], "remove");
    uintptr_t h;
    Value k = lookup_key(args[1], &h);
    if (!set_discard_entry(so, k, h)) {
        Value key = args[1];
        vm_raise_obj(exc_new(&exc_KeyError_type, 1, &key));
    }
    return VAL_NONE;
}

static Value set_discard_m(size_t nargs, const Value *args) {
    (void)nargs;
    SetObj *so = mutable_self(args[0], "discard");
    uintptr_t h;
    Value k = lookup_key(args[1], &h);
    set_discard_entry(so, k, h);
    return VAL_NONE;
}

static Value set_pop_m(size_t nargs, const Value *args) {
    (void)nargs;
    SetObj *so = mutable_self(args[0], "pop");
    if (so->table.used == 0) {
        vm_raise(&exc_KeyError_type, "pop from an empty set");
    }
    size_t mask = tsize(so) - 1;
    SetEntry *t = tab(so);
    size_t i = so->table.alloc & mask;
    while (t[i].key == VAL_NULL || t[i].key == DUMMY) {
        i = (i + 1) & mask;
    }
    Value key = t[i].key;
    t[i].key = DUMMY;
    t[i].hash = DUMMY_HASH;
    so->table.used--;
    so->table.alloc = i + 1;
    return key;
}

static Value set_clear_m(size_t nargs, const Value *args) {
    (void)nargs;
    set_clear_internal(mutable_self(args[0], "clear"));
    return VAL_NONE;
}

static Value set_copy_m(size_t nargs, const Value *args) {
    (void)nargs;
    if (is_type(args[0], &frozenset_type)) {
        return args[0];
    }
    return OBJ_VAL(set_copy(any_self(args[0], "copy")));
}

static Value set_union_m(size_t nargs, const Value *args) {
    SetObj *r = set_copy(any_self(args[0], "union"));
    for (size_t i = 1; i < nargs; i++) {
        if (obj_native(args[i]) != obj_native(args[0])) {
            set_update_internal(r, args[i]);
        }
    }
    return OBJ_VAL(r);
}

static Value set_update_m(size_t nargs, const Value *args) {
    SetObj *so = mutable_self(args[0], "update");
    for (size_t i = 1; i < nargs; i++) {
        set_update_internal(so, args[i]);
    }
    return VAL_NONE;
}

static SetObj *intersection_multi(SetObj *so, size_t n, const Value *others) {
    if (n == 0) {
        return set_copy(so);
    }
    SetObj *r = so;
    for (size_t i = 0; i < n; i++) {
        r = set_intersection(r, others[i]);
    }
    return r;
}

static Value set_intersection_m(size_t nargs, const Value *args) {
    return OBJ_VAL(intersection_multi(any_self(args[0], "intersection"), nargs - 1, args + 1));
}

static Value set_intersection_update_m(size_t nargs, const Value *args) {
    SetObj *so = mutable_self(args[0], "intersection_update");
    set_take_body(so, intersection_multi(so, nargs - 1, args + 1));
    return VAL_NONE;
}

static Value set_difference_m(size_t nargs, const Value *args) {
    SetObj *so = any_self(args[0], "difference");
    if (nargs == 1) {
        return OBJ_VAL(set_copy(so));
    }
    SetObj *r = set_difference(so, args[1]);
    for (size_t i = 2; i < nargs; i++) {
        set_difference_update_internal(r, args[i]);
    }
    return OBJ_VAL(r);
}

static Value set_difference_update_m(size_t nargs, const Value *args) {
    SetObj *so = mutable_self(args[0], "difference_update");
    for (size_t i = 1; i < nargs; i++) {
        set_difference_update_internal(so, args[i]);
    }
    return VAL_NONE;
}

static Value set_symdiff_m(size_t nargs, const Value *args) {
    (void)nargs;
    return OBJ_VAL(set_symmetric_difference(any_self(args[0], "symmetric_difference"), args[1]));
}

static Value set_symdiff_update_m(size_t nargs, const Value *args) {
    (void)nargs;
    set_symmetric_difference_update(mutable_self(args[0], "symmetric_difference_update"), args[1]);
    return VAL_NONE;
}

static Value set_issubset_m(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(set_issubset(any_self(args[0], "issubset"), args[1]));
}

static Value set_issuperset_m(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(set_issuperset(any_self(args[0], "issuperset"), args[1]));
}

static Value set_isdisjoint_m(size_t nargs, const Value *args) {
    (void)nargs;
    SetObj *so = any_self(args[0], "isdisjoint");
    Value other = args[1];
    if (obj_native(other) == OBJ_VAL(so)) {
        return val_bool(so->table.used == 0);
    }
    if (val_is_anyset(other)) {
        SetObj *o = set_self(other);
        if (o->table.used > so->table.used) {
            SetObj *t = so;
            so = o;
            o = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while ((e = set_next_entry(o, &pos)) != NULL) {
            if (set_contains_entry(so, e->key, e->hash)) {
                return VAL_FALSE;
            }
        }
        return VAL_TRUE;
    }
    Value it = obj_getiter(other);
    Value k;
    while ((k = obj_iternext(it)) != VAL_NULL) {
        if (set_contains_entry(so, k, cont_hash(k))) {
            return VAL_FALSE;
        }
    }
    return VAL_TRUE;
}











static void no_kwargs(const char *name, Value kwnames) {
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0) {
        vm_raise(&exc_TypeError_type, "%s() takes no keyword arguments", name);
    }
}

static Value set_init_m(size_t nargs, const Value *args, Value kwnames) {
    no_kwargs("set", kwnames);
    if (nargs > 2) {
        vm_raise(&exc_TypeError_type, "set expected at most 1 argument, got %zu", nargs - 1);
    }
    SetObj *so = mutable_self(args[0], "__init__");
    set_clear_internal(so);
    if (nargs == 2) {
        set_update_internal(so, args[1]);
    }
    return VAL_NONE;
}

static Value set_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    if (t != &set_type) {
        // Subclasses are filled by set.__init__, as in CPython.
        return cont_wrap_native(t, &set_type, set_new());
    }
    no_kwargs("set", kwnames);
    if (nargs > 1) {
        vm_raise(&exc_TypeError_type, "set expected at most 1 argument, got %zu", nargs);
    }
    return OBJ_VAL(make_new_set(&set_type, nargs ? args[0] : VAL_NULL));
}

static Value frozenset_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    no_kwargs("frozenset", kwnames);
    if (nargs > 1) {
        vm_raise(&exc_TypeError_type, "frozenset expected at most 1 argument, got %zu", nargs);
    }
    if (t == &frozenset_type && nargs == 1 && is_type(args[0], &frozenset_type)) {
        return args[0];
    }
    return cont_wrap_native(t, &frozenset_type, OBJ_VAL(make_new_set(&frozenset_type, nargs ? args[0] : VAL_NULL)));
}

static BUILTIN_FN_KW(set_init_obj, __init__, 1, FN_UNLIMITED, set_init_m);
static BUILTIN_FN(set_add_obj, add, 2, 2, set_add_m);
static BUILTIN_FN(set_clear_obj, clear, 1, 1, set_clear_m);
static BUILTIN_FN(set_copy_obj, copy, 1, 1, set_copy_m);
static BUILTIN_FN(set_difference_obj, difference, 1, FN_UNLIMITED, set_difference_m);
static BUILTIN_FN(set_difference_update_obj, difference_update, 1, FN_UNLIMITED, set_difference_update_m);
static BUILTIN_FN(set_discard_obj, discard, 2, 2, set_discard_m);
static BUILTIN_FN(set_intersection_obj, intersection, 1, FN_UNLIMITED, set_intersection_m);
static BUILTIN_FN(set_intersection_update_obj, intersection_update, 1, FN_UNLIMITED, set_intersection_update_m);
static BUILTIN_FN(set_isdisjoint_obj, isdisjoint, 2, 2, set_isdisjoint_m);
static BUILTIN_FN(set_issubset_obj, issubset, 2, 2, set_issubset_m);
static BUILTIN_FN(set_issuperset_obj, issuperset, 2, 2, set_issuperset_m);
static BUILTIN_FN(set_pop_obj, pop, 1, 1, set_pop_m);
static BUILTIN_FN(set_remove_obj, remove, 2, 2, set_remove_m);
static BUILTIN_FN(set_symdiff_obj, symmetric_difference, 2, 2, set_symdiff_m);
static BUILTIN_FN(set_symdiff_update_obj, symmetric_difference_update, 2, 2, set_symdiff_update_m);
static BUILTIN_FN(set_union_obj, union, 1, FN_UNLIMITED, set_union_m);
static BUILTIN_FN(set_update_obj, update, 1, FN_UNLIMITED, set_update_m);

// Sorted by name text (the runtime binary-searches attribute tables).
static const AttrEntry set_attrs[] = {
    {NAME(__class_getitem__), OBJ_VAL(&cont_class_getitem_obj)},
    {NAME(__hash__), VAL_NONE},
    {NAME(__init__), OBJ_VAL(&set_init_obj)},
    {NAME(add), OBJ_VAL(&set_add_obj)},
    {NAME(clear), OBJ_VAL(&set_clear_obj)},
    {NAME(copy), OBJ_VAL(&set_copy_obj)},
    {NAME(difference), OBJ_VAL(&set_difference_obj)},
    {NAME(difference_update), OBJ_VAL(&set_difference_update_obj)},
    {NAME(discard), OBJ_VAL(&set_discard_obj)},
    {NAME(intersection), OBJ_VAL(&set_intersection_obj)},
    {NAME(intersection_update), OBJ_VAL(&set_intersection_update_obj)},
    {NAME(isdisjoint), OBJ_VAL(&set_isdisjoint_obj)},
    {NAME(issubset), OBJ_VAL(&set_issubset_obj)},
    {NAME(issuperset), OBJ_VAL(&set_issuperset_obj)},
    {NAME(pop), OBJ_VAL(&set_pop_obj)},
    {NAME(remove), OBJ_VAL(&set_remove_obj)},
    {NAME(symmetric_difference), OBJ_VAL(&set_symdiff_obj)},
    {NAME(symmetric_difference_update), OBJ_VAL(&set_symdiff_update_obj)},
    {NAME(union), OBJ_VAL(&set_union_obj)},
    {NAME(update), OBJ_VAL(&set_update_obj)},
};

static const AttrEntry frozenset_attrs[] = {
    {NAME(__class_getitem__), OBJ_VAL(&cont_class_getitem_obj)},
    {NAME(copy), OBJ_VAL(&set_copy_obj)},
    {NAME(difference), OBJ_VAL(&set_difference_obj)},
    {NAME(intersection), OBJ_VAL(&set_intersection_obj)},
    {NAME(isdisjoint), OBJ_VAL(&set_isdisjoint_obj)},
    {NAME(issubset), OBJ_VAL(&set_issubset_obj)},
    {NAME(issuperset), OBJ_VAL(&set_issuperset_obj)},
    {NAME(symmetric_difference), OBJ_VAL(&set_symdiff_obj)},
    {NAME(union), OBJ_VAL(&set_union_obj)},
};

const Type set_type = {
    .base = {&type_type},
    .name = NAME(set),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = set_make_new,
    .repr = set_repr,
    .hash = set_hash_unhashable,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .compare = set_compare,
    .contains = set_contains_slot,
    .getiter = set_getiter,
    .attrs = set_attrs,
    .nattrs = sizeof(set_attrs) / sizeof(set_attrs[0]),
};

const Type frozenset_type = {
    .base = {&type_type},
    .name = NAME(frozenset),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = frozenset_make_new,
    .repr = set_repr,
    .hash = frozenset_hash,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .compare = set_compare,
    .contains = set_contains_slot,
    .getiter = set_getiter,
    .attrs = frozenset_attrs,
    .nattrs = sizeof(frozenset_attrs) / sizeof(frozenset_attrs[0]),
};

static BUILTIN_FN(set_iter_length_hint_obj, __length_hint__, 1, 1, set_iter_length_hint);

static const AttrEntry set_iter_attrs[] = {
    {NAME(__length_hint__), OBJ_VAL(&set_iter_length_hint_obj)},
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

const Type set_iterator_type = {
    .base = {&type_type},
    .name = NAME(set_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = set_iter_next,
    .attrs = set_iter_attrs,
    .nattrs = sizeof(set_iter_attrs) / sizeof(set_iter_attrs[0]),
};
