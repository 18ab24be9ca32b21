// types.GenericAlias: what `list[int]`, `dict[str, int]` or
// `tuple[int, ...]` evaluate to (the __class_getitem__ of the container
// types). Annotations are evaluated at def time in 3.11, so this has to
// exist for ordinary typed code to run. It keeps the origin and the
// arguments, prints as CPython does, compares by both, and calling it
// calls the origin.
#include "gc.h"
#include "obj_cont.h"
#include "print.h"
#include "vm_raise.h"

typedef struct {
    Obj base;
    Value origin;   // the class subscripted
    Value args;     // tuple
} GenericAliasObj;

extern const Type generic_alias_type;

static Value ga_new(Value origin, Value args) {
    GenericAliasObj *g = (GenericAliasObj *)gc_alloc_obj(sizeof(GenericAliasObj), &generic_alias_type);
    g->origin = origin;
    g->args = is_type(args, &tuple_type) ? args : tuple_new(1, &args);
    return OBJ_VAL(g);
}

static Value class_getitem_m(size_t nargs, const Value *args) {
    (void)nargs;
    return ga_new(args[0], args[1]);
}

static BUILTIN_FN(class_getitem_fn, __class_getitem__, 2, 2, class_getitem_m);
const WrapperObj cont_class_getitem_obj = {{&classmethod_type}, OBJ_VAL(&class_getitem_fn)};

static bool is_class(Value v) { return val_is_obj(v) && type_is_subtype(type_of(v), &type_type); }

// One item as ga_repr_item prints it: classes by (module-qualified) name.
static void repr_item(Vstr *v, Value p) {
    if (p == VAL_ELLIPSIS) {
        vstr_add_cstr(v, "...");
        return;
    }
    if (is_class(p)) {
        Value qual = obj_getattr_opt(p, NAME(__qualname__));
        Value mod = obj_getattr_opt(p, NAME(__module__));
        if (qual != VAL_NULL && val_is_str(qual)) {
            if (mod != VAL_NULL && val_is_str(mod) && !str_equal(mod, NAME(builtins))) {
                vstr_add_value_str(v, mod);
                vstr_add_byte(v, '.');
            }
            vstr_add_value_str(v, qual);
            return;
        }
        vstr_add_cstr(v, type_name_cstr((const Type *)VAL_OBJ(p)));
        return;
    }
    vstr_add_value_str(v, obj_repr(p));
}

static Value ga_repr(Value self) {
    GenericAliasObj *g = (GenericAliasObj *)VAL_OBJ(self);
    Vstr v;
    vstr_init(&v, 32);
    repr_item(&v, g->origin);
    vstr_add_byte(&v, '[');
    TupleObj *a = val_tuple(g->args);
    if (a->len == 0) {
        vstr_add_cstr(&v, "()");
    }
    for (size_t i = 0; i < a->len; i++) {
        if (i > 0) {
            vstr_add_cstr(&v, ", ");
        }
        repr_item(&v, a->items[i]);
    }
    vstr_add_byte(&v, ']');
    return vstr_to_str(&v);
}

static Value ga_call(Value self, size_t nargs, const Value *args, Value kwnames) {
    return obj_call(((GenericAliasObj *)VAL_OBJ(self))->origin, nargs, args, kwnames);
}

static Value ga_getattr(Value self, Value name) {
    GenericAliasObj *g = (GenericAliasObj *)VAL_OBJ(self);
    if (name == NAME(__origin__)) {
        return g->origin;
    }
    if (name == NAME(__args__)) {
        return g->args;
    }
    return VAL_NULL;
}

static Value ga_compare(int op, Value a, Value b) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &generic_alias_type)) {
        return VAL_NULL;
    }
    GenericAliasObj *x = (GenericAliasObj *)VAL_OBJ(a), *y = (GenericAliasObj *)VAL_OBJ(b);
    bool eq = obj_eq(x->origin, y->origin) && obj_eq(x->args, y->args);
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static Value ga_hash(Value self) {
    GenericAliasObj *g = (GenericAliasObj *)VAL_OBJ(self);
    return hash_to_value(obj_hash(g->origin) ^ obj_hash(g->args));
}

static Value ga_subscr(Value self, Value index, Value value) {
    (void)index;
    (void)value;
    vm_raise(&exc_TypeError_type, "%R is not a generic class", self);
}

const Type generic_alias_type = {
    .base = {&type_type},
    .name = NAME(GenericAlias),
    .base_type = &object_type,
    .call = ga_call,
    .repr = ga_repr,
    .hash = ga_hash,
    .compare = ga_compare,
    .subscr = ga_subscr,
    .getattr = ga_getattr,
};
