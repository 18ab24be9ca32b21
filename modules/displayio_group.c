// displayio.Group: an ordered list of layers (later ones on top) with a
// position and an integer scale. Its DispLayerOps compose the children top
// first, hand them the group's transform, and account for what changed:
// a move or a change of order redraws every child where it was and where it
// is; a hidden group's children are drawn no more; a removed child's last
// place is redrawn.
//
// Python classes may derive from Group (adafruit_display_text's Label):
// the class gets a __new__ that makes the instance with a default Group
// inside, and Group.__init__ sets it up from the subclass's arguments.
#include "displayio_int.h"
#include "mods.h"
#include "pins.h"
#include "runtime.h"
#include "vm_raise.h"

extern const DispLayerOps disp_group_ops;

// The Group part of v (a Group or a subclass), NULL for anything else.
static GroupObj *group_native(Value v) {
    Value n = val_is_obj(v) ? obj_native(v) : v;
    return is_type(n, &displayio_group_type) ? (GroupObj *)VAL_OBJ(n) : NULL;
}

static GroupObj *group_self(Value v) {
    GroupObj *g = group_native(v);
    if (g == NULL) {
        vm_raise(&exc_TypeError_type, "'%T' object is not a Group", v);
    }
    return g;
}

static ListObj *children(const GroupObj *g) { return val_list(g->children); }

static GroupObj *group_alloc(void) {
    GroupObj *g = (GroupObj *)gc_alloc_obj(sizeof(GroupObj), &displayio_group_type);
    g->layer.ops = &disp_group_ops;
    g->children = list_new_empty();
    g->scale = 1;
    return g;
}

// --- construction ----------------------------------------------------------------------

static const ArgSpec group_spec[] = {
    {NAME(scale), false, true, MODS_SMALL_INT(1)},
    {NAME(x), false, true, MODS_SMALL_INT(0)},
    {NAME(y), false, true, MODS_SMALL_INT(0)},
};

static void group_setup(GroupObj *g, size_t nargs, const Value *args, Value kwnames) {
    Value a[3];
    args_parse("Group", nargs, args, kwnames, 3, group_spec, a);
    int32_t scale = (int32_t)arg_int_range(a[0], 1, 32767, "scale");
    int32_t x = (int32_t)arg_int_range(a[1], INT32_MIN, INT32_MAX, "x");
    int32_t y = (int32_t)arg_int_range(a[2], INT32_MIN, INT32_MAX, "y");
    g->moved = g->moved || scale != g->scale || x != g->x || y != g->y;
    g->scale = scale;
    g->x = x;
    g->y = y;
}

static Value group_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    GroupObj *g = group_alloc();
    group_setup(g, nargs, args, kwnames);
    return OBJ_VAL(g);
}

// Group.__init__(self, *, scale=1, x=0, y=0): what a subclass's
// super().__init__(...) reaches.
static Value group_init_m(size_t nargs, const Value *args, Value kwnames) {
    group_setup(group_self(args[0]), nargs - 1, args + 1, kwnames);
    return VAL_NONE;
}

static Value group_subclass_new(size_t nargs, const Value *args, Value kwnames) {
    (void)nargs;
    (void)kwnames;
    return disp_subclass_instance(args[0], &displayio_group_type, OBJ_VAL(group_alloc()));
}
static BUILTIN_FN_KW(group_subclass_new_fn, __new__, 1, FN_UNLIMITED, group_subclass_new);
static const WrapperObj group_subclass_new_obj = {{&staticmethod_type}, OBJ_VAL(&group_subclass_new_fn)};

static Value group_init_subclass(size_t nargs, const Value *args) {
    (void)nargs;
    disp_subclass_setup(args[0], OBJ_VAL(&group_subclass_new_obj));
    return VAL_NONE;
}
static BUILTIN_FN(group_init_subclass_fn, __init_subclass__, 1, 1, group_init_subclass);
static const WrapperObj group_init_subclass_obj = {{&classmethod_type}, OBJ_VAL(&group_init_subclass_fn)};

// --- what was drawn --------------------------------------------------------------------

// Grows *acc by where the layer's visible parts were drawn by the last
// refresh (and where its removed layers were).
static void drawn_bounds(Value layer, DispArea *acc) {
    DispLayer *l = disp_layer(layer);
    if (l == NULL) {
        return;
    }
    GroupObj *g = group_native(layer);
    if (g == NULL) {
        if (l->drawn) {
            disp_area_union(acc, &l->drawn_area);
        }
        return;
    }
    disp_area_union(acc, &g->removed);
    for (size_t i = 0; i < children(g)->len; i++) {
        drawn_bounds(children(g)->items[i], acc);
    }
}

// The layer and everything in it are no longer on screen.
static void mark_undrawn(Value layer) {
    DispLayer *l = disp_layer(layer);
    if (l == NULL) {
        return;
    }
    l->drawn = false;
    GroupObj *g = group_native(layer);
    if (g != NULL) {
        g->removed = (DispArea){0, 0, 0, 0};
        for (size_t i = 0; i < children(g)->len; i++) {
            mark_undrawn(children(g)->items[i]);
        }
    }
}

void disp_layer_release(DispLayer *l) {
    l->in_group = false;
    mark_undrawn(OBJ_VAL(l));
}

// --- children ----------------------------------------------------------------------------

static bool contains_group(Value layer, const GroupObj *target) {
    GroupObj *g = group_native(layer);
    if (g == NULL) {
        return false;
    }
    if (g == target) {
        return true;
    }
    for (size_t i = 0; i < children(g)->len; i++) {
        if (contains_group(children(g)->items[i], target)) {
            return true;
        }
    }
    return false;
}

// Takes `layer` as a child of g: ValueError when it has a parent already.
static void attach(GroupObj *g, Value layer) {
    DispLayer *l = disp_layer_arg(layer);
    if (!l->in_group && contains_group(layer, g)) {
        vm_raise(&exc_ValueError_type, "Group can't contain itself");
    }
    disp_layer_claim(l);
}

// The child leaves g: where it was drawn is redrawn.
static void detach(GroupObj *g, Value layer) {
    drawn_bounds(layer, &g->removed);
    disp_layer_release(disp_layer(layer));
}

static void insert_at(GroupObj *g, size_t i, Value layer) {
    attach(g, layer);
    ListObj *l = children(g);
    list_append(g->children, layer);
    memmove(&l->items[i + 1], &l->items[i], (l->len - 1 - i) * sizeof(Value));
    l->items[i] = layer;
}

static Value pop_at(GroupObj *g, size_t i) {
    ListObj *l = children(g);
    Value layer = l->items[i];
    detach(g, layer);
    memmove(&l->items[i], &l->items[i + 1], (l->len - 1 - i) * sizeof(Value));
    l->items[--l->len] = VAL_NULL;
    return layer;
}

// An index into the children: "Group indices must be integers" (TypeError)
// and "Group index out of range" (IndexError) as CircuitPython says them.
static size_t child_index(const GroupObj *g, Value index) {
    if (int_coerce(index) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "Group indices must be integers, not %T", index);
    }
    return seq_index(index, children(g)->len, "Group");
}

static size_t index_of(const GroupObj *g, Value layer) {
    for (size_t i = 0; i < children(g)->len; i++) {
        if (obj_eq(children(g)->items[i], layer)) {
            return i;
        }
    }
    vm_raise(&exc_ValueError_type, "object not in sequence");
}

static Value group_append_m(size_t nargs, const Value *args) {
    (void)nargs;
    GroupObj *g = group_self(args[0]);
    insert_at(g, children(g)->len, args[1]);
    return VAL_NONE;
}

static Value group_insert_m(size_t nargs, const Value *args) {
    (void)nargs;
    GroupObj *g = group_self(args[0]);
    int64_t i;
    bool at_end = int_coerce(args[1]) != VAL_NULL && int_to_i64(int_coerce(args[1]), &i) &&
                  i == (int64_t)children(g)->len;
    insert_at(g, at_end ? children(g)->len : child_index(g, args[1]), args[2]);
    return VAL_NONE;
}

static Value group_index_m(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int((intptr_t)index_of(group_self(args[0]), args[1]));
}

static Value group_pop_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {{NAME(i), false, false, MODS_SMALL_INT(-1)}};
    Value i;
    args_parse("pop", nargs - 1, args + 1, kwnames, 1, spec, &i);
    GroupObj *g = group_self(args[0]);
    return pop_at(g, child_index(g, i));
}

static Value group_remove_m(size_t nargs, const Value *args) {
    (void)nargs;
    GroupObj *g = group_self(args[0]);
    pop_at(g, index_of(g, args[1]));
    return VAL_NONE;
}

// sort(*, key=None, reverse=False): the children's order changes, so each
// is redrawn.
static Value group_sort_m(size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(key), false, true, VAL_NONE},
        {NAME(reverse), false, true, VAL_FALSE},
    };
    Value a[2];
    args_parse("sort", nargs - 1, args + 1, kwnames, 2, spec, a);
    GroupObj *g = group_self(args[0]);
    list_sort(g->children, a[0], obj_truthy(a[1]));
    g->moved = true;
    return VAL_NONE;
}

static Value group_subscr(Value self, Value index, Value value) {
    GroupObj *g = group_self(self);
    if (is_type(index, &slice_type)) {
        vm_raise(&exc_NotImplementedError_type, "Slices not supported");
    }
    size_t i = child_index(g, index);
    if (value == VAL_NULL) {
        return children(g)->items[i];
    }
    if (value == VAL_DELETE) {
        pop_at(g, i);
        return VAL_NONE;
    }
    attach(g, value);
    detach(g, children(g)->items[i]);
    children(g)->items[i] = value;
    return VAL_NONE;
}

static Value group_unary_op(int op, Value self) {
    if (op == UNOP_BOOL) {
        return val_bool(children(group_self(self))->len != 0);
    }
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)children(group_self(self))->len);
    }
    return VAL_NULL;
}

static Value group_contains(Value self, Value item) {
    GroupObj *g = group_self(self);
    for (size_t i = 0; i < children(g)->len; i++) {
        if (obj_eq(children(g)->items[i], item)) {
            return VAL_TRUE;
        }
    }
    return VAL_FALSE;
}

// --- properties ----------------------------------------------------------------------------

static Value group_hidden_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(group_self(args[0])->layer.hidden);
}

static Value group_hidden_set(size_t nargs, const Value *args) {
    (void)nargs;
    GroupObj *g = group_self(args[0]);
    bool hidden = obj_truthy(args[1]);
    if (hidden != g->layer.hidden) {
        g->layer.hidden = hidden;
        g->layer.hidden_changed = true;
    }
    return VAL_NONE;
}

static Value group_scale_get(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int(group_self(args[0])->scale);
}

static Value group_scale_set(size_t nargs, const Value *args) {
    (void)nargs;
    GroupObj *g = group_self(args[0]);
    int64_t scale = arg_int_range(args[1], INT32_MIN, INT32_MAX, "scale");
    if (scale < 1) {
        vm_raise(&exc_ValueError_type, "scale must be >= 1");
    }
    if (scale > 32767) {
        vm_raise(&exc_ValueError_type, "scale must be <= 32767");
    }
    if (scale != g->scale) {
        g->scale = (int32_t)scale;
        g->moved = true;
    }
    return VAL_NONE;
}

static Value group_x_get(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(group_self(args[0])->x);
}

static Value group_x_set(size_t nargs, const Value *args) {
    (void)nargs;
    GroupObj *g = group_self(args[0]);
    int32_t x = (int32_t)arg_int_range(args[1], INT32_MIN, INT32_MAX, "x");
    if (x != g->x) {
        g->x = x;
        g->moved = true;
    }
    return VAL_NONE;
}

static Value group_y_get(size_t nargs, const Value *args) {
    (void)nargs;
    return int_from_i64(group_self(args[0])->y);
}

static Value group_y_set(size_t nargs, const Value *args) {
    (void)nargs;
    GroupObj *g = group_self(args[0]);
    int32_t y = (int32_t)arg_int_range(args[1], INT32_MIN, INT32_MAX, "y");
    if (y != g->y) {
        g->y = y;
        g->moved = true;
    }
    return VAL_NONE;
}

// --- DispLayerOps ----------------------------------------------------------------------------

static int32_t clamp32(int64_t v) { return (int32_t)(v < INT32_MIN ? INT32_MIN : v > INT32_MAX ? INT32_MAX : v); }

static DispTransform child_transform(const GroupObj *g, const DispTransform *t) {
    int64_t scale = (int64_t)t->scale * g->scale;
    return (DispTransform){clamp32(t->x + (int64_t)g->x * t->scale), clamp32(t->y + (int64_t)g->y * t->scale),
                           scale > 32767 ? 32767 : (int32_t)scale};
}

static bool group_fill_area(Value self, const DispTransform *t, DispChunk *chunk) {
    GroupObj *g = group_native(self);
    if (g->layer.hidden) {
        return false;
    }
    DispTransform ct = child_transform(g, t);
    ListObj *l = children(g);
    for (size_t i = l->len; i-- > 0;) {
        if (disp_layer_fill_area(l->items[i], &ct, chunk)) {
            return true;
        }
    }
    return false;
}

static void group_add_dirty(Value self, const DispTransform *t, bool full, DispDirty *dirty) {
    GroupObj *g = group_native(self);
    disp_dirty_add(dirty, &g->removed);
    ListObj *l = children(g);
    if (g->layer.hidden) {
        if (g->layer.drawn) {
            DispArea was = {0, 0, 0, 0};
            for (size_t i = 0; i < l->len; i++) {
                drawn_bounds(l->items[i], &was);
            }
            disp_dirty_add(dirty, &was);
        }
        return;
    }
    DispTransform ct = child_transform(g, t);
    bool all = full || g->moved || !g->layer.drawn;
    for (size_t i = 0; i < l->len; i++) {
        disp_layer_add_dirty(l->items[i], &ct, all, dirty);
    }
}

static void group_finish_refresh(Value self, const DispTransform *t) {
    GroupObj *g = group_native(self);
    g->removed = (DispArea){0, 0, 0, 0};
    g->moved = false;
    g->layer.hidden_changed = false;
    if (g->layer.hidden) {
        mark_undrawn(self);
        return;
    }
    g->layer.drawn = true;
    DispTransform ct = child_transform(g, t);
    ListObj *l = children(g);
    for (size_t i = 0; i < l->len; i++) {
        disp_layer_finish_refresh(l->items[i], &ct);
    }
}

const DispLayerOps disp_group_ops = {group_fill_area, group_add_dirty, group_finish_refresh};

// --- the type -------------------------------------------------------------------------------

static BUILTIN_FN_KW(group_init_obj, __init__, 1, FN_UNLIMITED, group_init_m);
static BUILTIN_FN(group_append_obj, append, 2, 2, group_append_m);
static BUILTIN_FN(group_insert_obj, insert, 3, 3, group_insert_m);
static BUILTIN_FN(group_index_obj, index, 2, 2, group_index_m);
static BUILTIN_FN_KW(group_pop_obj, pop, 1, FN_UNLIMITED, group_pop_m);
static BUILTIN_FN(group_remove_obj, remove, 2, 2, group_remove_m);
static BUILTIN_FN_KW(group_sort_obj, sort, 1, FN_UNLIMITED, group_sort_m);
static BUILTIN_FN(group_hidden_get_obj, hidden, 1, 1, group_hidden_get);
static BUILTIN_FN(group_hidden_set_obj, hidden, 2, 2, group_hidden_set);
static BUILTIN_FN(group_scale_get_obj, scale, 1, 1, group_scale_get);
static BUILTIN_FN(group_scale_set_obj, scale, 2, 2, group_scale_set);
static BUILTIN_FN(group_x_get_obj, x, 1, 1, group_x_get);
static BUILTIN_FN(group_x_set_obj, x, 2, 2, group_x_set);
static BUILTIN_FN(group_y_get_obj, y, 1, 1, group_y_get);
static BUILTIN_FN(group_y_set_obj, y, 2, 2, group_y_set);
DISP_GETSET(group_hidden_prop, group_hidden_get_obj, group_hidden_set_obj);
DISP_GETSET(group_scale_prop, group_scale_get_obj, group_scale_set_obj);
DISP_GETSET(group_x_prop, group_x_get_obj, group_x_set_obj);
DISP_GETSET(group_y_prop, group_y_get_obj, group_y_set_obj);

static const AttrEntry group_attrs[] = {
    {NAME(__init__), OBJ_VAL(&group_init_obj)},
    {NAME(__init_subclass__), OBJ_VAL(&group_init_subclass_obj)},
    {NAME(__new__), OBJ_VAL(&group_subclass_new_obj)},
    {NAME(append), OBJ_VAL(&group_append_obj)},
    {NAME(hidden), OBJ_VAL(&group_hidden_prop)},
    {NAME(index), OBJ_VAL(&group_index_obj)},
    {NAME(insert), OBJ_VAL(&group_insert_obj)},
    {NAME(pop), OBJ_VAL(&group_pop_obj)},
    {NAME(remove), OBJ_VAL(&group_remove_obj)},
    {NAME(scale), OBJ_VAL(&group_scale_prop)},
    {NAME(sort), OBJ_VAL(&group_sort_obj)},
    {NAME(x), OBJ_VAL(&group_x_prop)},
    {NAME(y), OBJ_VAL(&group_y_prop)},
};

const Type displayio_group_type = {
    .base = {&type_type},
    .name = NAME(Group),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = group_make_new,
    .unary_op = group_unary_op,
    .subscr = group_subscr,
    .contains = group_contains,
    .attrs = group_attrs,
    .nattrs = sizeof(group_attrs) / sizeof(group_attrs[0]),
};
