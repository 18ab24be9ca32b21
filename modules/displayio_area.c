// The display stack's plumbing (displayio.h): rectangle arithmetic, the
// dirty-area list a display keeps, the dispatch from a layer value (Group,
// TileGrid, a vectorio shape, or a Python subclass of one) to its
// DispLayerOps, and the __new__ Python subclasses of Group and TileGrid get.
#include "displayio_int.h"
#include "runtime.h"
#include "vm_raise.h"

// --- areas -----------------------------------------------------------------------

bool disp_area_empty(const DispArea *a) { return a->x1 >= a->x2 || a->y1 >= a->y2; }

bool disp_area_equal(const DispArea *a, const DispArea *b) {
    return a->x1 == b->x1 && a->y1 == b->y1 && a->x2 == b->x2 && a->y2 == b->y2;
}

static int16_t max16(int16_t a, int16_t b) { return a > b ? a : b; }
static int16_t min16(int16_t a, int16_t b) { return a < b ? a : b; }

bool disp_area_intersect(const DispArea *a, const DispArea *b, DispArea *out) {
    DispArea r = {max16(a->x1, b->x1), max16(a->y1, b->y1), min16(a->x2, b->x2), min16(a->y2, b->y2)};
    bool overlap = !disp_area_empty(&r);
    *out = overlap ? r : (DispArea){0, 0, 0, 0};
    return overlap;
}

void disp_area_union(DispArea *acc, const DispArea *b) {
    if (disp_area_empty(b)) {
        return;
    }
    if (disp_area_empty(acc)) {
        *acc = *b;
        return;
    }
    *acc = (DispArea){min16(acc->x1, b->x1), min16(acc->y1, b->y1), max16(acc->x2, b->x2), max16(acc->y2, b->y2)};
}

static int16_t clamp16(int64_t v) { return (int16_t)(v < INT16_MIN ? INT16_MIN : v > INT16_MAX ? INT16_MAX : v); }

DispArea disp_area_clamped(int64_t x1, int64_t y1, int64_t x2, int64_t y2) {
    return (DispArea){clamp16(x1), clamp16(y1), clamp16(x2), clamp16(y2)};
}

static int64_t area_size(const DispArea *a) {
    return disp_area_empty(a) ? 0 : (int64_t)(a->x2 - a->x1) * (a->y2 - a->y1);
}

// --- dirty lists -----------------------------------------------------------------------

static bool overlaps(const DispArea *a, const DispArea *b) {
    DispArea unused;
    return disp_area_intersect(a, b, &unused);
}

static void dirty_remove(DispDirty *d, size_t i) { d->areas[i] = d->areas[--d->count]; }

// Merges into *cur every listed area it overlaps, again and again, since
// each merge can reach further areas.
static void absorb_overlapping(DispDirty *d, DispArea *cur) {
    for (size_t i = 0; i < d->count;) {
        if (overlaps(&d->areas[i], cur)) {
            disp_area_union(cur, &d->areas[i]);
            dirty_remove(d, i);
            i = 0;
        } else {
            i++;
        }
    }
}

void disp_dirty_add(DispDirty *d, const DispArea *a) {
    if (disp_area_empty(a)) {
        return;
    }
    DispArea cur = *a;
    absorb_overlapping(d, &cur);
    while (d->count >= DISP_DIRTY_MAX) {
        size_t best = 0;
        int64_t best_growth = INT64_MAX;
        for (size_t i = 0; i < d->count; i++) {
            DispArea u = d->areas[i];
            disp_area_union(&u, &cur);
            int64_t growth = area_size(&u) - area_size(&d->areas[i]);
            if (growth < best_growth) {
                best_growth = growth;
                best = i;
            }
        }
        disp_area_union(&cur, &d->areas[best]);
        dirty_remove(d, best);
        absorb_overlapping(d, &cur);
    }
    d->areas[d->count++] = cur;
}

// --- layers ------------------------------------------------------------------------------

#if COPPER_MODULE_VECTORIO
extern const Type vectorio_circle_type, vectorio_rectangle_type, vectorio_polygon_type;
#endif

DispLayer *disp_layer(Value v) {
    if (!val_is_obj(v)) {
        return NULL;
    }
    Value n = obj_native(v);
    const Type *t = VAL_OBJ(n)->type;
    if (t == &displayio_group_type || t == &displayio_tilegrid_type
#if COPPER_MODULE_VECTORIO
        || t == &vectorio_circle_type || t == &vectorio_rectangle_type || t == &vectorio_polygon_type
#endif
    ) {
        return (DispLayer *)VAL_OBJ(n);
    }
    return NULL;
}

DispLayer *disp_layer_arg(Value v) {
    DispLayer *l = disp_layer(v);
    if (l == NULL) {
        vm_raise(&exc_ValueError_type, "Layer must be a Group or TileGrid subclass");
    }
    return l;
}

bool disp_layer_fill_area(Value layer, const DispTransform *t, DispChunk *chunk) {
    DispLayer *l = disp_layer(layer);
    return l != NULL && l->ops->fill_area(layer, t, chunk);
}

void disp_layer_add_dirty(Value layer, const DispTransform *t, bool full, DispDirty *dirty) {
    DispLayer *l = disp_layer(layer);
    if (l != NULL) {
        l->ops->add_dirty(layer, t, full, dirty);
    }
}

void disp_layer_finish_refresh(Value layer, const DispTransform *t) {
    DispLayer *l = disp_layer(layer);
    if (l != NULL) {
        l->ops->finish_refresh(layer, t);
    }
}

void disp_layer_claim(DispLayer *l) {
    if (l->in_group) {
        vm_raise(&exc_ValueError_type, "Layer already in a group");
    }
    l->in_group = true;
}

// disp_layer_release is in displayio_group.c: a released layer's whole tree
// is off the screen.

// --- subclasses --------------------------------------------------------------------------

Value disp_subclass_instance(Value cls, const Type *base, Value native) {
    if (!val_is_type(cls) || !type_is_heap(val_as_type(cls)) || !type_is_subtype(val_as_type(cls), base)) {
        vm_raise(&exc_TypeError_type, "%s.__new__(X): X is not a subtype of %s", type_name_cstr(base),
                 type_name_cstr(base));
    }
    InstanceObj *o = (InstanceObj *)gc_alloc_obj(sizeof(InstanceObj), val_as_type(cls));
    o->dict = VAL_NULL;
    o->native = native;
    return OBJ_VAL(o);
}

void disp_subclass_setup(Value cls, Value new_fn) {
    const Type *owner;
    if (type_lookup_owner(val_as_type(cls), NAME(__new__), &owner) == VAL_NULL || !type_is_heap(owner)) {
        obj_setattr(cls, NAME(__new__), new_fn);
    }
}
