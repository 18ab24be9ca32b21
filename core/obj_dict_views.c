// The dict views: dict_keys, dict_values and dict_items. A view holds only
// its dict and reflects every later change. Keys and items views are
// set-like: `in` is a hash lookup, they compare with sets and other views
// by set semantics, and & | - ^ (either side, any iterable on the other)
// and isdisjoint build plain sets, as CPython's dictviews do.
#include "gc.h"
#include "obj_cont.h"
#include "print.h"
#include "vm_raise.h"

typedef struct {
    Obj base;
    Value dict;     // the DictObj (native part of a dict subclass instance)
} DictViewObj;

Value dict_view_new(const Type *t, Value dict) {
    DictViewObj *v = (DictViewObj *)gc_alloc_obj(sizeof(DictViewObj), t);
    v->dict = dict;
    return OBJ_VAL(v);
}

static inline Value view_dict(Value self) { return ((DictViewObj *)VAL_OBJ(self))->dict; }

static bool is_setlike_view(Value v) {
    return is_type(v, &dict_keys_type) || is_type(v, &dict_items_type);
}

static Value view_getiter(Value self) {
    const Type *t = VAL_OBJ(self)->type;
    const Type *it = t == &dict_keys_type     ? &dict_keyiterator_type
                     : t == &dict_values_type ? &dict_valueiterator_type
                                              : &dict_itemiterator_type;
    return dict_iter_new(it, view_dict(self));
}

static Value view_reversed_m(size_t nargs, const Value *args) {
    (void)nargs;
    const Type *t = VAL_OBJ(args[0])->type;
    const Type *it = t == &dict_keys_type     ? &dict_reversekeyiterator_type
                     : t == &dict_values_type ? &dict_reversevalueiterator_type
                                              : &dict_reverseitemiterator_type;
    return dict_iter_new(it, view_dict(args[0]));
}

static Value view_unary_op(int op, Value a) {
    size_t n = val_dict(view_dict(a))->used;
    if (op == UNOP_LEN) {
        return val_from_small_int((intptr_t)n);
    }
    if (op == UNOP_BOOL) {
        return val_bool(n != 0);
    }
    return VAL_NULL;
}


// (k, v) in d.items(): k's value in d equals v.
static bool items_contains(Value self, Value item) {
    size_t n;
    Value *kv;
    if (!is_type(item, &tuple_type) || !obj_get_array(item, &n, &kv) || n != 2) {
        return false;
    }
    Value v = dict_get(view_dict(self), kv[0]);
    return v != VAL_NULL && cont_item_eq(v, kv[1]);
}

static Value view_contains(Value self, Value item) {
    const Type *t = VAL_OBJ(self)->type;
    if (t == &dict_keys_type) {
        return val_bool(dict_get(view_dict(self), item) != VAL_NULL);
    }
    if (t == &dict_items_type) {
        return val_bool(items_contains(self, item));
    }
    Value d = view_dict(self);
    for (size_t i = 0; i < val_dict(d)->nentries; i++) {
        DictEntry *e = &val_dict(d)->entries[i];
        if (e->key != VAL_NULL && cont_item_eq(e->value, item)) {
            return VAL_TRUE;
        }
    }
    return VAL_FALSE;
}



static Value view_repr_body(Value self) {
    Vstr v;
    vstr_init(&v, 32);
    vstr_add_cstr(&v, type_name_cstr(type_of(self)));
    vstr_add_byte(&v, '(');
    vstr_add_value_str(&v, obj_repr(list_from_iter(self)));
    vstr_add_byte(&v, ')');
    return vstr_to_str(&v);
}

static Value view_repr(Value self) { return repr_guarded(self, view_repr_body, "..."); }

// --- set-like behaviour -----------------------------------------------------

static size_t len_of(Value v) {
    if (is_setlike_view(v) || is_type(v, &dict_values_type)) {
        return val_dict(view_dict(v))->used;
    }
    return obj_len(v);
}

// Every item of a is in b (b a set or a set-like view).
static bool all_contained_in(Value a, Value b) {
    Value it = obj_getiter(a);
    Value x;
    while ((x = obj_iternext(it)) != VAL_NULL) {
        if (!obj_contains(b, x)) {
            return false;
        }
    }
    return true;
}

static Value view_compare(int op, Value a, Value b) {
    if (!is_setlike_view(a)) {
        return VAL_NULL;
    }
    if (!val_is_anyset(b) && !is_setlike_view(b)) {
        return VAL_NULL;
    }
    size_t la = len_of(a), lb = len_of(b);
    bool r;
    switch (op) {
        case CMP_EQ:
        case CMP_NE:
            r = la == lb && all_contained_in(a, b);
            if (op == CMP_NE) {
                r = !r;
            }
            break;
        case CMP_LT:
            r = la < lb && all_contained_in(a, b);
            break;
        case CMP_LE:
            r = la <= lb && all_contained_in(a, b);
            break;
        case CMP_GT:
            r = la > lb && all_contained_in(b, a);
            break;
        default:
            r = la >= lb && all_contained_in(b, a);
            break;
    }
    return val_bool(r);
}

// set(view) as CPython's dictviews_to_set: a keys view of an exact dict
// is built from the dict itself (one resize up front, stored hashes).
static Value view_to_set(Value v) {
    if (is_type(v, &dict_keys_type) && is_type(view_dict(v), &dict_type)) {
        return set_from_iter(view_dict(v));
    }
    return set_from_iter(v);
}

// view & other, either side (CPython's _PyDictView_Intersect).
static Value view_intersect(Value self, Value other) {
    if (!is_setlike_view(self)) {
        Value t = self;
        self = other;
        other = t;
    }
    size_t len_self = len_of(self);
    if (is_type(other, &set_type) && len_self <= len_of(other)) {
        return obj_call_method1(other, NAME(intersection), self);
    }
    if (is_setlike_view(other) && len_of(other) > len_self) {
        Value t = self;
        self = other;
        other = t;
    }
    Value result = set_new();
    Value it = obj_getiter(other);
    Value key;
    while ((key = obj_iternext(it)) != VAL_NULL) {
        if (obj_truthy(view_contains(self, key))) {
            set_add(result, key);
        }
    }
    return result;
}

static Value view_binary_op(int op, Value a, Value b) {
    op &= ~BINOP_INPLACE;
    if (op == BINOP_AND) {
        return view_intersect(a, b);
    }
    if (op != BINOP_OR && op != BINOP_SUB && op != BINOP_XOR) {
        return VAL_NULL;
    }
    // As CPython: set(left), then update / difference_update /
    // symmetric_difference_update with right, whichever side the view is on.
    return set_binary(op, view_to_set(a), b);
}

static Value view_isdisjoint_m(size_t nargs, const Value *args) {
    (void)nargs;
    Value self = args[0], other = args[1];
    Value it = obj_getiter(other);
    Value x;
    while ((x = obj_iternext(it)) != VAL_NULL) {
        if (obj_truthy(view_contains(self, x))) {
            return VAL_FALSE;
        }
    }
    return VAL_TRUE;
}

static BUILTIN_FN(view_reversed_obj, __reversed__, 1, 1, view_reversed_m);
static BUILTIN_FN(view_isdisjoint_obj, isdisjoint, 2, 2, view_isdisjoint_m);

static const AttrEntry setlike_view_attrs[] = {
    {NAME(__hash__), VAL_NONE},
    {NAME(__reversed__), OBJ_VAL(&view_reversed_obj)},
    {NAME(isdisjoint), OBJ_VAL(&view_isdisjoint_obj)},
};

static const AttrEntry values_view_attrs[] = {
    {NAME(__reversed__), OBJ_VAL(&view_reversed_obj)},
};

static Value view_hash(Value self) {
    vm_raise(&exc_TypeError_type, "unhashable type: '%T'", self);
}

const Type dict_keys_type = {
    .base = {&type_type},
    .name = NAME(dict_keys),
    .base_type = &object_type,
    .repr = view_repr,
    .hash = view_hash,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .compare = view_compare,
    .contains = view_contains,
    .getiter = view_getiter,
    .attrs = setlike_view_attrs,
    .nattrs = sizeof(setlike_view_attrs) / sizeof(setlike_view_attrs[0]),
};

const Type dict_items_type = {
    .base = {&type_type},
    .name = NAME(dict_items),
    .base_type = &object_type,
    .repr = view_repr,
    .hash = view_hash,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .compare = view_compare,
    .contains = view_contains,
    .getiter = view_getiter,
    .attrs = setlike_view_attrs,
    .nattrs = sizeof(setlike_view_attrs) / sizeof(setlike_view_attrs[0]),
};

const Type dict_values_type = {
    .base = {&type_type},
    .name = NAME(dict_values),
    .base_type = &object_type,
    .repr = view_repr,
    .unary_op = view_unary_op,
    .contains = view_contains,
    .getiter = view_getiter,
    .attrs = values_view_attrs,
    .nattrs = sizeof(values_view_attrs) / sizeof(values_view_attrs[0]),
};
