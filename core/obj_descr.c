// The descriptor types of the class system: property (with getter/setter/
// deleter), classmethod, staticmethod, and super (zero-argument and
// explicit forms). How descriptors are applied during attribute lookup is
// in runtime_attr.c (descr_get); these are the objects themselves.
#include "runtime.h"
#include "print.h"
#include "vm.h"
#include "vm_raise.h"

// --- property ----------------------------------------------------------------

// A property also remembers the attribute name it was assigned to in a
// class body (__set_name__), for 3.11's error messages.
typedef struct {
    PropertyObj p;
    Value name;
} PropObj;

static Value prop_alloc(const Type *t, Value fget, Value fset, Value fdel, Value doc, Value name) {
    PropObj *o = (PropObj *)gc_alloc_obj(sizeof(PropObj), t);
    o->p.fget = fget;
    o->p.fset = fset;
    o->p.fdel = fdel;
    if ((doc == VAL_NULL || doc == VAL_NONE) && fget != VAL_NONE && fget != VAL_NULL) {
        Value d = obj_getattr_opt(fget, NAME(__doc__));
        doc = d != VAL_NULL ? d : VAL_NONE;
    }
    o->p.doc = doc != VAL_NULL ? doc : VAL_NONE;
    o->name = name;
    return OBJ_VAL(o);
}

Value property_new(Value fget, Value fset, Value fdel, Value doc) {
    return prop_alloc(&property_type, fget, fset, fdel, doc, VAL_NULL);
}

Value property_name(Value prop) {
    PropObj *o = (PropObj *)VAL_OBJ(prop);
    // Const properties of built-in types (in flash) have no name slot.
    if (gc_is_heap_ptr(o) && o->name != VAL_NULL) {
        return o->name;
    }
    if (o->p.fget != VAL_NONE && o->p.fget != VAL_NULL) {
        Value n = obj_getattr_opt(o->p.fget, NAME(__name__));
        if (n != VAL_NULL && val_is_str(n)) {
            return n;
        }
    }
    return VAL_NULL;
}

static Value property_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    static const ArgSpec spec[] = {
        {NAME(fget), false, false, VAL_NONE},
        {NAME(fset), false, false, VAL_NONE},
        {NAME(fdel), false, false, VAL_NONE},
        {NAME(doc), false, false, VAL_NONE},
    };
    Value out[4];
    args_parse("property", nargs, args, kwnames, 4, spec, out);
    return prop_alloc(t, out[0], out[1], out[2], out[3], VAL_NULL);
}

static Value prop_copy(Value self, int which, Value f) {
    PropObj *o = (PropObj *)VAL_OBJ(self);
    Value fget = o->p.fget, fset = o->p.fset, fdel = o->p.fdel;
    if (which == 0) {
        fget = f;
    } else if (which == 1) {
        fset = f;
    } else {
        fdel = f;
    }
    return prop_alloc(&property_type, fget, fset, fdel, which == 0 ? VAL_NONE : o->p.doc, o->name);
}

static Value prop_getter_m(size_t nargs, const Value *args) {
    (void)nargs;
    return prop_copy(args[0], 0, args[1]);
}
static BUILTIN_FN(prop_getter_obj, getter, 2, 2, prop_getter_m);

static Value prop_setter_m(size_t nargs, const Value *args) {
    (void)nargs;
    return prop_copy(args[0], 1, args[1]);
}
static BUILTIN_FN(prop_setter_obj, setter, 2, 2, prop_setter_m);

static Value prop_deleter_m(size_t nargs, const Value *args) {
    (void)nargs;
    return prop_copy(args[0], 2, args[1]);
}
static BUILTIN_FN(prop_deleter_obj, deleter, 2, 2, prop_deleter_m);

static Value prop_get_m(size_t nargs, const Value *args) {
    const Type *cls = nargs > 2 && val_is_type(args[2]) ? val_as_type(args[2]) : type_of(args[1]);
    if (args[1] == VAL_NONE) {
        return args[0];
    }
    return descr_get(args[0], &property_type, args[1], cls);
}
static BUILTIN_FN(prop_get_obj, __get__, 2, 3, prop_get_m);

static Value prop_set_m(size_t nargs, const Value *args) {
    (void)nargs;
    PropObj *o = (PropObj *)VAL_OBJ(args[0]);
    if (o->p.fset == VAL_NONE) {
        vm_raise(&exc_AttributeError_type, "can't set attribute");
    }
    obj_call2(o->p.fset, args[1], args[2]);
    return VAL_NONE;
}
static BUILTIN_FN(prop_set_obj, __set__, 3, 3, prop_set_m);

static Value prop_set_name_m(size_t nargs, const Value *args) {
    (void)nargs;
    ((PropObj *)VAL_OBJ(args[0]))->name = args[2];
    return VAL_NONE;
}
static BUILTIN_FN(prop_set_name_obj, __set_name__, 3, 3, prop_set_name_m);

static const AttrEntry property_attrs[] = {
    {NAME(getter), OBJ_VAL(&prop_getter_obj)},
    {NAME(setter), OBJ_VAL(&prop_setter_obj)},
    {NAME(deleter), OBJ_VAL(&prop_deleter_obj)},
    {NAME(__get__), OBJ_VAL(&prop_get_obj)},
    {NAME(__set__), OBJ_VAL(&prop_set_obj)},
    {NAME(__set_name__), OBJ_VAL(&prop_set_name_obj)},
};

static Value property_getattr(Value self, Value name) {
    PropObj *o = (PropObj *)VAL_OBJ(self);
    if (name == NAME(fget)) {
        return o->p.fget;
    }
    if (name == NAME(fset)) {
        return o->p.fset;
    }
    if (name == NAME(fdel)) {
        return o->p.fdel;
    }
    if (name == NAME(__doc__)) {
        return o->p.doc;
    }
    if (name == NAME(__isabstractmethod__)) {
        return VAL_FALSE;
    }
    return VAL_NULL;
}

const Type property_type = {
    .base = {&type_type},
    .name = NAME(property),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = property_make_new,
    .getattr = property_getattr,
    .attrs = property_attrs,
    .nattrs = sizeof(property_attrs) / sizeof(property_attrs[0]),
};

// --- classmethod / staticmethod -------------------------------------------------

static Value wrapper_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    args_no_kw(type_name_cstr(t), kwnames);
    if (nargs != 1) {
        vm_raise(&exc_TypeError_type, "%s expected 1 argument, got %zu", type_name_cstr(t), nargs);
    }
    WrapperObj *w = (WrapperObj *)gc_alloc_obj(sizeof(WrapperObj), t);
    w->func = args[0];
    return OBJ_VAL(w);
}

static Value wrapper_repr(Value self) {
    WrapperObj *w = (WrapperObj *)VAL_OBJ(self);
    return str_printf("<%s(%s)>", val_type_name(self), str_cstr(obj_repr(w->func)));
}

static Value wrapper_getattr(Value self, Value name) {
    WrapperObj *w = (WrapperObj *)VAL_OBJ(self);
    if (name == NAME(__func__) || name == NAME(__wrapped__)) {
        return w->func;
    }
    if (name == NAME(__isabstractmethod__)) {
        return VAL_FALSE;
    }
    if (name == NAME(__name__) || name == NAME(__qualname__) || name == NAME(__doc__) ||
        name == NAME(__module__)) {
        return obj_getattr_opt(w->func, name);
    }
    return VAL_NULL;
}

static Value classmethod_get_m(size_t nargs, const Value *args) {
    Value cls = nargs > 2 && args[2] != VAL_NONE ? args[2] : OBJ_VAL(type_of(args[1]));
    return bound_method_new(cls, ((WrapperObj *)VAL_OBJ(args[0]))->func);
}
static BUILTIN_FN(classmethod_get_obj, __get__, 2, 3, classmethod_get_m);

static const AttrEntry classmethod_attrs[] = {
    {NAME(__get__), OBJ_VAL(&classmethod_get_obj)},
};

const Type classmethod_type = {
    .base = {&type_type},
    .name = NAME(classmethod),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = wrapper_make_new,
    .repr = wrapper_repr,
    .getattr = wrapper_getattr,
    .attrs = classmethod_attrs,
    .nattrs = 1,
};

static Value staticmethod_get_m(size_t nargs, const Value *args) {
    (void)nargs;
    return ((WrapperObj *)VAL_OBJ(args[0]))->func;
}
static BUILTIN_FN(staticmethod_get_obj, __get__, 2, 3, staticmethod_get_m);

static const AttrEntry staticmethod_attrs[] = {
    {NAME(__get__), OBJ_VAL(&staticmethod_get_obj)},
};

static Value staticmethod_call(Value self, size_t nargs, const Value *args, Value kwnames) {
    return obj_call(((WrapperObj *)VAL_OBJ(self))->func, nargs, args, kwnames);
}

const Type staticmethod_type = {
    .base = {&type_type},
    .name = NAME(staticmethod),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = wrapper_make_new,
    .call = staticmethod_call,
    .repr = wrapper_repr,
    .getattr = wrapper_getattr,
    .attrs = staticmethod_attrs,
    .nattrs = 1,
};

// --- super ---------------------------------------------------------------------

typedef struct {
    Obj base;
    Value type;       // the class whose successors are searched
    Value obj;        // the instance or class bound, or VAL_NULL (unbound)
    Value obj_type;   // the class whose MRO is searched
} SuperObj;

// The class whose MRO super(type, obj) searches; TypeError if obj fits not.
static Value super_check(Value type, Value obj) {
    const Type *t = val_as_type(type);
    if (val_is_type(obj) && type_is_subtype(val_as_type(obj), t)) {
        return obj;
    }
    if (obj_isinstance(obj, t)) {
        return OBJ_VAL(type_of(obj));
    }
    vm_raise(&exc_TypeError_type, "super(type, obj): obj must be an instance or subtype of type");
}

static Value super_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    args_no_kw("super", kwnames);
    Value type, obj;
    if (nargs == 0) {
        vm_current_super_args(&type, &obj);
        if (type == VAL_NULL || !val_is_type(type)) {
            vm_raise(&exc_RuntimeError_type, "super(): __class__ cell not found");
        }
        if (obj == VAL_NULL) {
            vm_raise(&exc_RuntimeError_type, "super(): no arguments");
        }
    } else if (nargs <= 2) {
        type = args[0];
        obj = nargs == 2 ? args[1] : VAL_NULL;
        if (!val_is_type(type)) {
            vm_raise(&exc_TypeError_type, "super() argument 1 must be a type, not %s",
                     val_type_name(type));
        }
    } else {
        vm_raise(&exc_TypeError_type, "super() takes at most 2 arguments (%zu given)", nargs);
    }
    SuperObj *s = (SuperObj *)gc_alloc_obj(sizeof(SuperObj), &super_type);
    s->type = type;
    s->obj = obj == VAL_NONE ? VAL_NULL : obj;
    s->obj_type = s->obj != VAL_NULL ? super_check(type, s->obj) : VAL_NULL;
    return OBJ_VAL(s);
}

static Value super_getattr(Value self, Value name) {
    SuperObj *s = (SuperObj *)VAL_OBJ(self);
    if (s->obj_type == VAL_NULL || name == NAME(__class__)) {
        return VAL_NULL;
    }
    if (name == NAME(__self__)) {
        return s->obj;
    }
    if (name == NAME(__thisclass__)) {
        return s->type;
    }
    if (name == NAME(__self_class__)) {
        return s->obj_type;
    }
    const Type *start = val_as_type(s->obj_type);
    Value mro = type_getattr(s->obj_type, NAME(__mro__));
    TupleObj *m = val_tuple(mro);
    size_t i = 0;
    while (i < m->len && m->items[i] != s->type) {
        i++;
    }
    Value inst = s->obj == s->obj_type ? VAL_NULL : s->obj;
    for (i++; i < m->len; i++) {
        const Type *c = val_as_type(m->items[i]);
        Value v = type_is_heap(c) ? dict_get_str(c->dict, name) : type_const_lookup(c, name);
        if (v != VAL_NULL) {
            return descr_get(v, c, inst, start);
        }
    }
    return VAL_NULL;
}

static Value super_repr(Value self) {
    SuperObj *s = (SuperObj *)VAL_OBJ(self);
    if (s->obj_type == VAL_NULL) {
        return str_printf("<super: %s, NULL>", str_cstr(obj_repr(s->type)));
    }
    return str_printf("<super: %s, <%s object>>", str_cstr(obj_repr(s->type)),
                      type_name_cstr(val_as_type(s->obj_type)));
}

// object's method names, shadowed so that a lookup of them on the super
// type itself (as the VM's method cache does for built-in types) does not
// find object's methods: super objects resolve every name in their
// getattr slot. The None values are never returned.
static const AttrEntry super_attrs[] = {
    {NAME(__init__), VAL_NONE},        {NAME(__new__), VAL_NONE},
    {NAME(__repr__), VAL_NONE},        {NAME(__str__), VAL_NONE},
    {NAME(__eq__), VAL_NONE},          {NAME(__ne__), VAL_NONE},
    {NAME(__hash__), VAL_NONE},        {NAME(__setattr__), VAL_NONE},
    {NAME(__delattr__), VAL_NONE},     {NAME(__getattribute__), VAL_NONE},
    {NAME(__init_subclass__), VAL_NONE}, {NAME(__format__), VAL_NONE},
    {NAME(__dir__), VAL_NONE},         {NAME(__reduce_ex__), VAL_NONE},
};

const Type super_type = {
    .base = {&type_type},
    .name = NAME(super),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = super_make_new,
    .repr = super_repr,
    .getattr = super_getattr,
    .attrs = super_attrs,
    .nattrs = sizeof(super_attrs) / sizeof(super_attrs[0]),
};
