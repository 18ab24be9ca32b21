// The generic object protocol, part 2: attribute lookup (type_lookup along
// the MRO, descriptors, instance dicts, __getattr__/__getattribute__/
// __setattr__/__delattr__ overrides), method loading without allocation,
// calls, format() and callable(). Built-in methods live in the const attrs
// tables of built-in types and become bound methods on instances.
#include "runtime.h"
#include "nlr.h"
#include "print.h"
#include "vm.h"
#include "vm_module.h"
#include "vm_raise.h"

// --- lookup along the MRO ----------------------------------------------------

Value attr_name(Value name) {
    if (is_type(name, &str_type) && val_str(name)->interned) {
        return name;
    }
    if (!val_is_obj(name) || !obj_isinstance(name, &str_type)) {
        vm_raise(&exc_TypeError_type, "attribute name must be string, not '%s'",
                 val_type_name(name));
    }
    name = obj_native(name);
    if (!val_str(name)->interned) {
        name = str_intern_value(name);
    }
    return name;
}

Value type_lookup_owner(const Type *t, Value name, const Type **owner) {
    if (type_is_heap(t)) {
        TupleObj *mro = val_tuple(t->mro);
        for (size_t i = 0; i < mro->len; i++) {
            const Type *c = val_as_type(mro->items[i]);
            Value v = type_is_heap(c) ? dict_get_str(c->dict, name) : type_const_lookup(c, name);
            if (v != VAL_NULL) {
                *owner = c;
                return v;
            }
        }
        return VAL_NULL;
    }
    for (; t != NULL; t = t->base_type) {
        Value v = type_const_lookup(t, name);
        if (v != VAL_NULL) {
            *owner = t;
            return v;
        }
    }
    return VAL_NULL;
}

Value type_lookup(const Type *t, Value name) {
    const Type *owner;
    return type_lookup_owner(t, name, &owner);
}

Value *obj_dict_slot(Value v) {
    if (!val_is_obj(v)) {
        return NULL;
    }
    const Type *t = VAL_OBJ(v)->type;
    if (t->flags & TYPE_FLAG_EXC) {
        return &((ExcObj *)VAL_OBJ(v))->dict;
    }
    if (t == &type_type || (type_is_heap(t) && t->native_base == &type_type)) {
        Type *c = (Type *)VAL_OBJ(v);
        return type_is_heap(c) ? &c->dict : NULL;
    }
    if (!type_is_heap(t)) {
        return NULL;
    }
    return &((InstanceObj *)VAL_OBJ(v))->dict;
}

// --- descriptors ---------------------------------------------------------

bool descr_is_data(Value attr) {
    if (!val_is_obj(attr)) {
        return false;
    }
    const Type *t = VAL_OBJ(attr)->type;
    if (t == &property_type) {
        return true;
    }
    if (!type_is_heap(t)) {
        return false;
    }
    return type_lookup(t, NAME(__set__)) != VAL_NULL || type_lookup(t, NAME(__delete__)) != VAL_NULL;
}

Value method_self(const Type *owner, Value fn, Value inst) {
    if (owner == &object_type || owner == &type_type || builtin_is_wrapper(fn)) {
        return inst;
    }
    return obj_native(inst);
}

Value descr_get(Value attr, const Type *owner, Value inst, const Type *cls) {
    if (!val_is_obj(attr)) {
        return attr;
    }
    const Type *at = VAL_OBJ(attr)->type;
    if (at == &function_type) {
        return inst == VAL_NULL ? attr : bound_method_new(inst, attr);
    }
    if (at == &builtin_function_type) {
        if (inst == VAL_NULL || (type_is_heap(owner) && !builtin_is_method(attr))) {
            return attr;
        }
        return builtin_method_new(method_self(owner, attr, inst), attr);
    }
    if (at == &classmethod_type) {
        Value f = ((WrapperObj *)VAL_OBJ(attr))->func;
        return is_type(f, &builtin_function_type) ? builtin_method_new(OBJ_VAL(cls), f)
                                                  : bound_method_new(OBJ_VAL(cls), f);
    }
    if (at == &staticmethod_type) {
        return ((WrapperObj *)VAL_OBJ(attr))->func;
    }
    if (at == &property_type) {
        if (inst == VAL_NULL) {
            return attr;
        }
        PropertyObj *p = (PropertyObj *)VAL_OBJ(attr);
        if (p->fget == VAL_NULL || p->fget == VAL_NONE) {
            Value pname = property_name(attr);
            if (pname != VAL_NULL) {
                vm_raise(&exc_AttributeError_type, "property '%s' of '%s' object has no getter",
                         str_cstr(pname), type_name_cstr(cls));
            }
            vm_raise(&exc_AttributeError_type, "property of '%s' object has no getter",
                     type_name_cstr(cls));
        }
        return obj_call1(p->fget, inst);
    }
    if (type_is_heap(at)) {
        const Type *gowner;
        Value get = type_lookup_owner(at, NAME(__get__), &gowner);
        if (get != VAL_NULL) {
            Value args[2] = {inst == VAL_NULL ? VAL_NONE : inst, OBJ_VAL(cls)};
            return call_special(get, gowner, attr, 2, args);
        }
    }
    return attr;
}

// --- getattr -----------------------------------------------------------------

// object.__getattribute__: data descriptors of the class, the instance
// dict, the built-in part's own attributes, then other class attributes.
Value obj_generic_getattr(Value o, Value name) {
    const Type *t = type_of(o);
    if (name == NAME(__class__)) {
        return OBJ_VAL(t);
    }
    const Type *owner = NULL;
    Value attr = type_lookup_owner(t, name, &owner);
    if (attr != VAL_NULL && descr_is_data(attr)) {
        return descr_get(attr, owner, o, t);
    }
    Value *dp = obj_dict_slot(o);
    if (dp != NULL) {
        if (*dp != VAL_NULL) {
            Value v = dict_get_str(*dp, name);
            if (v != VAL_NULL) {
                return v;
            }
        }
        if (name == NAME(__dict__)) {
            if (*dp == VAL_NULL) {
                *dp = dict_new();
            }
            return *dp;
        }
    }
    const Type *nt = type_is_heap(t) ? t->native_base : t;
    if (nt->getattr != NULL) {
        Value v = nt->getattr(obj_native(o), name);
        if (v != VAL_NULL) {
            return v;
        }
    }
    if (attr != VAL_NULL) {
        return descr_get(attr, owner, o, t);
    }
    return VAL_NULL;
}

static bool is_attribute_error(Value exc) { return obj_isinstance(exc, &exc_AttributeError_type); }

// An AttributeError escaping an attribute lookup carries .name and .obj
// (CPython 3.10+), unless it has them already (an inner lookup set them),
// so that the traceback can suggest a close name ("Did you mean: 'x'?").
static void attribute_error_context(Value exc, Value o, Value name) {
    if (!is_attribute_error(exc)) {
        return;
    }
    ExcObj *e = exc_get(exc);
    if (e->dict != VAL_NULL && (dict_get_str(e->dict, NAME(name)) != VAL_NULL ||
                                dict_get_str(e->dict, NAME(obj)) != VAL_NULL)) {
        return;
    }
    obj_setattr(exc, NAME(name), name);
    obj_setattr(exc, NAME(obj), o);
}

// A class's own __getattribute__/__getattr__ (Python code).
static Value call_getattr_hook(Value m, const Type *owner, Value o, Value name) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value r = call_special(m, owner, o, 1, &name);
        nlr_pop();
        return r;
    }
    attribute_error_context(nb.exc, o, name);
    nlr_jump(nb.exc);
}

// Instances of user classes: __getattribute__ override and __getattr__.
static Value instance_getattr(Value o, Value name) {
    const Type *t = type_of(o);
    uint16_t cf = ((const ClassObj *)t)->cflags;
    Value r;
    if (cf & CLASS_HAS_GETATTRIBUTE) {
        const Type *owner;
        Value m = type_lookup_owner(t, NAME(__getattribute__), &owner);
        if (!(cf & CLASS_HAS_GETATTR)) {
            return call_getattr_hook(m, owner, o, name);
        }
        NlrBuf nb;
        if (nlr_push(&nb) == 0) {
            r = call_special(m, owner, o, 1, &name);
            nlr_pop();
            return r;
        }
        if (!is_attribute_error(nb.exc)) {
            nlr_jump(nb.exc);
        }
        r = VAL_NULL;
    } else {
        r = obj_generic_getattr(o, name);
    }
    if (r == VAL_NULL && (cf & CLASS_HAS_GETATTR)) {
        const Type *owner;
        Value m = type_lookup_owner(t, NAME(__getattr__), &owner);
        if (m != VAL_NULL) {
            r = call_getattr_hook(m, owner, o, name);
        }
    }
    return r;
}

// Attribute lookup that returns VAL_NULL on a plain miss (errors raised by
// properties or __getattr__ propagate).
static Value getattr_impl(Value o, Value name) {
    const Type *t = type_of(o);
    if (val_is_type(o)) {
        if (type_is_heap(t) && (((const ClassObj *)t)->cflags & CLASS_HAS_GETATTRIBUTE)) {
            return instance_getattr(o, name);
        }
        Value r = type_getattr(o, name);
        if (r == VAL_NULL && type_is_heap(t) && (((const ClassObj *)t)->cflags & CLASS_HAS_GETATTR)) {
            r = instance_getattr(o, name);
        }
        return r;
    }
    if (type_is_heap(t)) {
        return instance_getattr(o, name);
    }
    return obj_generic_getattr(o, name);
}

// The message of an AttributeError for `name` missing on o.
static Value attribute_error_msg(Value o, Value name) {
    if (val_is_type(o)) {
        return str_printf("type object '%s' has no attribute '%S'", type_name_cstr(val_as_type(o)),
                          name);
    }
    if (is_type(o, &module_type)) {
        Value mname = ((ModuleObj *)VAL_OBJ(o))->name;
        if (vm_module_initializing(o)) {
            return str_printf("partially initialized module '%S' has no attribute '%S' (most "
                              "likely due to a circular import)",
                              mname, name);
        }
        return str_printf("module '%S' has no attribute '%S'", mname, name);
    }
    return str_printf("'%s' object has no attribute '%S'", val_type_name(o), name);
}

// Setting or deleting a missing attribute: CPython 3.11 leaves .name and
// .obj None then.
_Noreturn void raise_attribute_error(Value o, Value name) {
    vm_raise_obj(exc_new_msg(&exc_AttributeError_type, attribute_error_msg(o, name)));
}

_Noreturn void raise_getattr_error(Value o, Value name) {
    Value e = exc_new_msg(&exc_AttributeError_type, attribute_error_msg(o, name));
    attribute_error_context(e, o, name);
    vm_raise_obj(e);
}

Value obj_getattr(Value o, Value name) {
    name = attr_name(name);
    Value r = getattr_impl(o, name);
    if (r == VAL_NULL) {
        raise_getattr_error(o, name);
    }
    return r;
}

Value obj_getattr_opt(Value o, Value name) { return getattr_impl(o, attr_name(name)); }

void obj_load_method(Value o, Value name, Value out[2]) {
    name = attr_name(name);
    const Type *t = type_of(o);
    bool heap = type_is_heap(t);
    if (!val_is_type(o) && !(heap && (((const ClassObj *)t)->cflags & CLASS_HAS_GETATTRIBUTE))) {
        if (!heap && t->getattr != NULL) {
            Value v = t->getattr(o, name);
            if (v != VAL_NULL) {
                out[0] = v;
                out[1] = VAL_NULL;
                return;
            }
        }
        const Type *owner;
        Value attr = type_lookup_owner(t, name, &owner);
        if (attr != VAL_NULL && val_is_obj(attr)) {
            const Type *at = VAL_OBJ(attr)->type;
            bool method = at == &function_type ||
                          (at == &builtin_function_type && !type_is_heap(owner));
            if (method) {
                Value *dp = obj_dict_slot(o);
                if (dp == NULL || *dp == VAL_NULL || dict_get_str(*dp, name) == VAL_NULL) {
                    out[0] = attr;
                    out[1] = at == &function_type ? o : method_self(owner, attr, o);
                    return;
                }
            }
        }
    }
    out[0] = obj_getattr(o, name);
    out[1] = VAL_NULL;
}

// --- setattr / delattr ----------------------------------------------------

static bool slot_allowed(Value names, Value name) {
    TupleObj *t = val_tuple(names);
    for (size_t i = 0; i < t->len; i++) {
        if (t->items[i] == name) {
            return true;
        }
    }
    return false;
}

// object.__setattr__ / object.__delattr__ (value VAL_NULL deletes). False
// when the object has no such settable attribute.
bool obj_generic_setattr(Value o, Value name, Value value) {
    const Type *t = type_of(o);
    const Type *owner;
    Value attr = type_lookup_owner(t, name, &owner);
    if (attr != VAL_NULL && val_is_obj(attr)) {
        const Type *at = VAL_OBJ(attr)->type;
        if (at == &property_type) {
            PropertyObj *p = (PropertyObj *)VAL_OBJ(attr);
            Value f = value != VAL_NULL ? p->fset : p->fdel;
            if (f == VAL_NULL || f == VAL_NONE) {
                Value pname = property_name(attr);
                const char *what = value != VAL_NULL ? "setter" : "deleter";
                if (pname != VAL_NULL) {
                    vm_raise(&exc_AttributeError_type, "property '%s' of '%s' object has no %s",
                             str_cstr(pname), type_name_cstr(t), what);
                }
                vm_raise(&exc_AttributeError_type, "property of '%s' object has no %s",
                         type_name_cstr(t), what);
            }
            if (value != VAL_NULL) {
                obj_call2(f, o, value);
            } else {
                obj_call1(f, o);
            }
            return true;
        }
        if (type_is_heap(at)) {
            const Type *sowner;
            Value m = type_lookup_owner(at, value != VAL_NULL ? NAME(__set__) : NAME(__delete__), &sowner);
            if (m != VAL_NULL) {
                Value args[2] = {o, value};
                call_special(m, sowner, attr, value != VAL_NULL ? 2 : 1, args);
                return true;
            }
        }
    }
    const Type *nt = type_is_heap(t) ? t->native_base : t;
    if (nt->setattr != NULL && nt->setattr(obj_native(o), name, value)) {
        return true;
    }
    Value *dp = obj_dict_slot(o);
    if (dp != NULL) {
        if (name == NAME(__dict__) && value != VAL_NULL) {
            if (!is_type(value, &dict_type)) {
                vm_raise(&exc_TypeError_type, "__dict__ must be set to a dictionary, not a '%s'",
                         val_type_name(value));
            }
            *dp = value;
            return true;
        }
        if (name == NAME(__class__) && value != VAL_NULL) {
            if (!val_is_type(value)) {
                vm_raise(&exc_TypeError_type, "__class__ must be set to a class, not '%s' object",
                         val_type_name(value));
            }
            const Type *nt2 = val_as_type(value);
            if (!type_is_heap(t) || !type_is_heap(nt2) || nt2->native_base != t->native_base) {
                vm_raise(&exc_TypeError_type, "__class__ assignment: '%s' object layout differs from '%s'",
                         type_name_cstr(nt2), type_name_cstr(t));
            }
            VAL_OBJ(o)->type = nt2;
            return true;
        }
        if (value != VAL_NULL) {
            if (type_is_heap(t) && ((const ClassObj *)t)->slot_names != VAL_NULL &&
                !slot_allowed(((const ClassObj *)t)->slot_names, name)) {
                return false;
            }
            if (*dp == VAL_NULL) {
                *dp = dict_new();
            }
            dict_set(*dp, name, value);
            if (val_is_type(o)) {
                type_modified((Type *)VAL_OBJ(o));
            }
            return true;
        }
        if (*dp != VAL_NULL && dict_delete(*dp, name)) {
            if (val_is_type(o)) {
                type_modified((Type *)VAL_OBJ(o));
            }
            return true;
        }
    }
    return false;
}

static void setattr_impl(Value o, Value name, Value value) {
    const Type *t = type_of(o);
    if (type_is_heap(t)) {
        uint16_t flag = value != VAL_NULL ? CLASS_HAS_SETATTR : CLASS_HAS_DELATTR;
        if (((const ClassObj *)t)->cflags & flag) {
            const Type *owner;
            Value m = type_lookup_owner(t, value != VAL_NULL ? NAME(__setattr__) : NAME(__delattr__), &owner);
            Value args[2] = {name, value};
            call_special(m, owner, o, value != VAL_NULL ? 2 : 1, args);
            return;
        }
    }
    if (val_is_type(o) && !type_is_heap(val_as_type(o))) {
        vm_raise(&exc_TypeError_type, "cannot set '%s' attribute of immutable type '%s'",
                 str_cstr(name), type_name_cstr(val_as_type(o)));
    }
    if (obj_generic_setattr(o, name, value)) {
        return;
    }
    if (value == VAL_NULL && obj_dict_slot(o) != NULL) {
        raise_attribute_error(o, name);
    }
    const Type *owner;
    if (obj_dict_slot(o) == NULL && type_lookup_owner(t, name, &owner) != VAL_NULL) {
        vm_raise(&exc_AttributeError_type, "'%s' object attribute '%s' is read-only",
                 type_name_cstr(t), str_cstr(name));
    }
    raise_attribute_error(o, name);
}

void obj_setattr(Value o, Value name, Value value) { setattr_impl(o, attr_name(name), value); }

void obj_delattr(Value o, Value name) { setattr_impl(o, attr_name(name), VAL_NULL); }

// --- calls -----------------------------------------------------------------

Value obj_call(Value fn, size_t nargs, const Value *args, Value kwnames) {
    const Type *t = type_of(fn);
    if (t->call == NULL) {
        vm_raise(&exc_TypeError_type, "'%s' object is not callable", type_name_cstr(t));
    }
    return t->call(fn, nargs, args, kwnames);
}

Value obj_call0(Value fn) { return obj_call(fn, 0, NULL, VAL_NULL); }

Value obj_call1(Value fn, Value a) { return obj_call(fn, 1, &a, VAL_NULL); }

Value obj_call2(Value fn, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(fn, 2, args, VAL_NULL);
}

Value call_special(Value meth, const Type *owner, Value self, size_t nargs, const Value *args) {
    Value buf[6];
    if (val_is_obj(meth) && nargs < 6) {
        const Type *mt = VAL_OBJ(meth)->type;
        if (mt == &function_type || (mt == &builtin_function_type && !type_is_heap(owner))) {
            buf[0] = mt == &function_type ? self : method_self(owner, meth, self);
            for (size_t i = 0; i < nargs; i++) {
                buf[i + 1] = args[i];
            }
            return obj_call(meth, nargs + 1, buf, VAL_NULL);
        }
    }
    Value bound = descr_get(meth, owner, self, type_of(self));
    return obj_call(bound, nargs, args, VAL_NULL);
}

Value call_special_opt(Value self, Value name, size_t nargs, const Value *args) {
    const Type *owner;
    Value m = type_lookup_owner(type_of(self), name, &owner);
    if (m == VAL_NULL) {
        return VAL_NULL;
    }
    return call_special(m, owner, self, nargs, args);
}

Value obj_call_method0(Value o, Value name) {
    Value m[2];
    obj_load_method(o, name, m);
    if (m[1] != VAL_NULL) {
        return obj_call(m[0], 1, &m[1], VAL_NULL);
    }
    return obj_call(m[0], 0, NULL, VAL_NULL);
}

Value obj_call_method1(Value o, Value name, Value a) {
    Value m[2];
    obj_load_method(o, name, m);
    if (m[1] != VAL_NULL) {
        Value args[2] = {m[1], a};
        return obj_call(m[0], 2, args, VAL_NULL);
    }
    return obj_call(m[0], 1, &a, VAL_NULL);
}

Value obj_call_method_opt(Value o, Value name, size_t nargs, const Value *args) {
    return call_special_opt(o, name, nargs, args);
}

bool obj_callable(Value v) {
    const Type *t = type_of(v);
    if (type_is_heap(t) && !val_is_type(v)) {
        return type_lookup(t, NAME(__call__)) != VAL_NULL;
    }
    return t->call != NULL;
}

// --- format --------------------------------------------------------------------

Value obj_format(Value v, Value spec) {
    if (spec == VAL_NULL) {
        spec = NAME(empty);
    }
    if (str_len_bytes(spec) == 0 && !type_is_heap(type_of(v))) {
        return obj_str(v);   // format(x, '') is str(x) for every built-in type
    }
    Value r = call_special_opt(v, NAME(__format__), 1, &spec);
    if (r == VAL_NULL) {
        if (str_len_bytes(spec) != 0) {
            vm_raise(&exc_TypeError_type, "unsupported format string passed to %s.__format__",
                     val_type_name(v));
        }
        return obj_str(v);
    }
    if (!obj_isinstance(r, &str_type)) {
        vm_raise(&exc_TypeError_type, "__format__ must return a str, not %s", val_type_name(r));
    }
    return obj_native(r);
}
