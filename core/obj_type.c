// `type` and `object`, and user classes: class creation (type(name, bases,
// ns) and the __build_class__ builtin behind the class statement), the C3
// MRO, metaclasses, __init_subclass__ and __set_name__, attribute access
// on classes, and version numbers for the VM's caches. A class is a
// ClassObj (runtime.h) on the heap; built-in types are const Types.
//
// Invariant: every change to a class's namespace goes through
// type_modified, which gives the class and all its subclasses a new,
// never reused version number and recomputes their CLASS_HAS_* flags.
#include <string.h>
#include "runtime.h"
#include "obj_cont.h"
#include "print.h"
#include "vm.h"
#include "vm_raise.h"

static uint32_t next_version = 1;

// --- MRO -----------------------------------------------------------------------

// The MRO of any type as a tuple.
static Value type_mro_tuple(const Type *t) {
    if (type_is_heap(t)) {
        return t->mro;
    }
    size_t n = 0;
    for (const Type *c = t; c != NULL; c = c->base_type) {
        n++;
    }
    Value tup = tuple_new(n, NULL);
    n = 0;
    for (const Type *c = t; c != NULL; c = c->base_type) {
        val_tuple(tup)->items[n++] = OBJ_VAL(c);
    }
    return tup;
}

// True if `v` appears in seq[from+1 ..] of any sequence (a tail).
static bool in_some_tail(Value v, size_t nseq, Value *seqs, size_t *heads) {
    for (size_t i = 0; i < nseq; i++) {
        TupleObj *s = val_tuple(seqs[i]);
        for (size_t j = heads[i] + 1; j < s->len; j++) {
            if (s->items[j] == v) {
                return true;
            }
        }
    }
    return false;
}

// C3 linearisation of `cls` with direct bases `bases` (a tuple).
static Value compute_mro(Value cls, Value bases) {
    TupleObj *b = val_tuple(bases);
    size_t nseq = b->len + 1;
    Value *seqs = gc_alloc(nseq * sizeof(Value), false);
    size_t *heads = gc_alloc(nseq * sizeof(size_t), true);
    for (size_t i = 0; i < b->len; i++) {
        seqs[i] = type_mro_tuple(val_as_type(b->items[i]));
    }
    seqs[b->len] = bases;
    Value out = list_new_empty();
    list_append(out, cls);
    for (;;) {
        bool any = false;
        Value cand = VAL_NULL;
        for (size_t i = 0; i < nseq; i++) {
            TupleObj *s = val_tuple(seqs[i]);
            if (heads[i] >= s->len) {
                continue;
            }
            any = true;
            Value c = s->items[heads[i]];
            if (!in_some_tail(c, nseq, seqs, heads)) {
                cand = c;
                break;
            }
        }
        if (!any) {
            break;
        }
        if (cand == VAL_NULL) {
            Vstr v;
            vstr_init(&v, 64);
            vstr_add_cstr(&v, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            Value seen = list_new_empty();
            for (size_t i = 0; i < nseq; i++) {
                TupleObj *s = val_tuple(seqs[i]);
                if (heads[i] < s->len) {
                    Value c = s->items[heads[i]];
                    size_t n;
                    Value *items;
                    obj_get_array(seen, &n, &items);
                    bool dup = false;
                    for (size_t k = 0; k < n; k++) {
                        dup = dup || items[k] == c;
                    }
                    if (!dup) {
                        if (n != 0) {
                            vstr_add_cstr(&v, ", ");
                        }
                        vstr_add_cstr(&v, type_name_cstr(val_as_type(c)));
                        list_append(seen, c);
                    }
                }
            }
            vm_raise(&exc_TypeError_type, "%s", vstr_cstr(&v));
        }
        list_append(out, cand);
        for (size_t i = 0; i < nseq; i++) {
            TupleObj *s = val_tuple(seqs[i]);
            if (heads[i] < s->len && s->items[heads[i]] == cand) {
                heads[i]++;
            }
        }
    }
    return tuple_from_iter(out);
}

// --- flags and versions ----------------------------------------------------------

static bool defined_in_class(const Type *t, Value name) {
    const Type *owner;
    return type_lookup_owner(t, name, &owner) != VAL_NULL && type_is_heap(owner);
}

static void compute_cflags(ClassObj *c) {
    const Type *t = &c->type;
    uint16_t f = 0;
    if (defined_in_class(t, NAME(__getattribute__))) {
        f |= CLASS_HAS_GETATTRIBUTE;
    }
    if (type_lookup(t, NAME(__getattr__)) != VAL_NULL) {
        f |= CLASS_HAS_GETATTR;
    }
    if (defined_in_class(t, NAME(__setattr__))) {
        f |= CLASS_HAS_SETATTR;
    }
    if (defined_in_class(t, NAME(__delattr__))) {
        f |= CLASS_HAS_DELATTR;
    }
    c->cflags = f;
}

void type_modified(Type *t) {
    if (!type_is_heap(t)) {
        return;
    }
    ClassObj *c = (ClassObj *)t;
    t->version = next_version++;
    compute_cflags(c);
    if (c->subclasses != VAL_NULL) {
        size_t n;
        Value *items;
        obj_get_array(c->subclasses, &n, &items);
        for (size_t i = 0; i < n; i++) {
            type_modified((Type *)VAL_OBJ(items[i]));
        }
    }
}

// --- class creation ---------------------------------------------------------------

// Built-in types named like CPython's tp_name ("collections.deque") keep
// that name for error messages; __name__ is the part after the last dot
// and __module__ the part before. Returns the dot's offset, or -1.
static intptr_t builtin_name_dot(const Type *t) {
    const char *s = str_cstr(t->name);
    const char *dot = strrchr(s, '.');
    return dot != NULL ? dot - s : -1;
}

static Value module_of(const Type *t) {
    if (type_is_heap(t)) {
        Value m = dict_get_str(t->dict, NAME(__module__));
        if (m != VAL_NULL) {
            return m;
        }
        return NAME(builtins);
    }
    intptr_t dot = builtin_name_dot(t);
    return dot >= 0 ? str_intern(str_cstr(t->name), (size_t)dot) : NAME(builtins);
}

static Value qualname_of(const Type *t) {
    if (type_is_heap(t)) {
        return ((const ClassObj *)t)->qualname;
    }
    intptr_t dot = builtin_name_dot(t);
    if (dot < 0) {
        return t->name;
    }
    const char *s = str_cstr(t->name) + dot + 1;
    return str_intern(s, strlen(s));
}

// The built-in layout of instances of a class with these bases.
static const Type *solid_base(Value bases) {
    const Type *best = &object_type;
    TupleObj *b = val_tuple(bases);
    for (size_t i = 0; i < b->len; i++) {
        const Type *bt = val_as_type(b->items[i]);
        const Type *nb = type_is_heap(bt) ? bt->native_base : bt;
        if (type_is_subtype(nb, best)) {
            best = nb;
        } else if (!type_is_subtype(best, nb)) {
            if ((nb->flags & TYPE_FLAG_EXC) && (best->flags & TYPE_FLAG_EXC)) {
                continue;
            }
            vm_raise(&exc_TypeError_type, "multiple bases have instance lay-out conflict");
        }
    }
    return best;
}

static void check_bases(Value bases) {
    TupleObj *b = val_tuple(bases);
    for (size_t i = 0; i < b->len; i++) {
        Value bv = b->items[i];
        if (!val_is_type(bv)) {
            vm_raise(&exc_TypeError_type, "bases must be types");
        }
        const Type *bt = val_as_type(bv);
        if (!(bt->flags & TYPE_FLAG_BASETYPE)) {
            vm_raise(&exc_TypeError_type, "type '%s' is not an acceptable base type",
                     type_name_cstr(bt));
        }
        for (size_t j = 0; j < i; j++) {
            if (b->items[j] == bv) {
                vm_raise(&exc_TypeError_type, "duplicate base class %s", type_name_cstr(bt));
            }
        }
    }
}

// Copies the class namespace with interned keys, applying the implicit
// wrappers (__new__ staticmethod; __init_subclass__ and __class_getitem__
// classmethods) and taking out __qualname__ and __classcell__.
static Value class_namespace(Value ns, Value *qualname) {
    Value d = dict_new();
    size_t pos = 0;
    Value k, v;
    while (dict_next(ns, &pos, &k, &v)) {
        if (!obj_isinstance(k, &str_type)) {
            dict_set(d, k, v);
            continue;
        }
        k = attr_name(k);
        if (k == NAME(__qualname__)) {
            if (!obj_isinstance(v, &str_type)) {
                vm_raise(&exc_TypeError_type, "type __qualname__ must be a str, not %s",
                         val_type_name(v));
            }
            *qualname = v;
            continue;
        }
        if (k == NAME(__classcell__)) {
            continue;
        }
        if (is_type(v, &function_type)) {
            if (k == NAME(__new__)) {
                WrapperObj *w = (WrapperObj *)gc_alloc_obj(sizeof(WrapperObj), &staticmethod_type);
                w->func = v;
                v = OBJ_VAL(w);
            } else if (k == NAME(__init_subclass__) || k == NAME(__class_getitem__)) {
                WrapperObj *w = (WrapperObj *)gc_alloc_obj(sizeof(WrapperObj), &classmethod_type);
                w->func = v;
                v = OBJ_VAL(w);
            }
        }
        dict_set(d, k, v);
    }
    return d;
}

// __set_name__ on descriptors, then the parent's __init_subclass__.
static void class_post_init(Value cls, Value kwargs_names, size_t nkw, const Value *kwvals) {
    Type *t = (Type *)VAL_OBJ(cls);
    Value items = list_new_empty();
    size_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, &pos, &k, &v)) {
        Value pair[2] = {k, v};
        list_append(items, tuple_new(2, pair));
    }
    size_t n;
    Value *arr;
    obj_get_array(items, &n, &arr);
    for (size_t i = 0; i < n; i++) {
        Value key = val_tuple(arr[i])->items[0], val = val_tuple(arr[i])->items[1];
        if (!val_is_obj(val) || (!type_is_heap(type_of(val)) && !is_type(val, &property_type))) {
            continue;
        }
        Value args[2] = {cls, key};
        call_special_opt(val, NAME(__set_name__), 2, args);
    }
    // super(cls, cls).__init_subclass__(**kwargs)
    TupleObj *mro = val_tuple(t->mro);
    for (size_t i = 1; i < mro->len; i++) {
        const Type *c = val_as_type(mro->items[i]);
        Value m = type_is_heap(c) ? dict_get_str(c->dict, NAME(__init_subclass__))
                                  : type_const_lookup(c, NAME(__init_subclass__));
        if (m == VAL_NULL) {
            continue;
        }
        Value f = descr_get(m, c, VAL_NULL, t);
        obj_call(f, 0, kwvals, nkw != 0 ? kwargs_names : VAL_NULL);
        break;
    }
}

// The most derived metaclass of `meta` and the bases' metaclasses.
static const Type *calculate_meta(const Type *meta, Value bases) {
    TupleObj *b = val_tuple(bases);
    const Type *winner = meta;
    for (size_t i = 0; i < b->len; i++) {
        const Type *bm = type_of(b->items[i]);
        if (type_is_subtype(winner, bm)) {
            continue;
        }
        if (type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        vm_raise(&exc_TypeError_type,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                 "subclass of the metaclasses of all its bases");
    }
    return winner;
}

// The names instances may set when every class in the MRO has __slots__
// (and none lists '__dict__'); VAL_NULL when instances have a dict.
static Value compute_slot_names(const Type *t) {
    if (t->native_base != &object_type) {
        return VAL_NULL;
    }
    Value names = list_new_empty();
    TupleObj *mro = val_tuple(t->mro);
    for (size_t i = 0; i < mro->len; i++) {
        const Type *c = val_as_type(mro->items[i]);
        if (!type_is_heap(c)) {
            continue;
        }
        Value slots = dict_get_str(c->dict, NAME(__slots__));
        if (slots == VAL_NULL) {
            return VAL_NULL;
        }
        if (obj_isinstance(slots, &str_type)) {
            slots = tuple_new(1, &slots);
        }
        Value it = obj_getiter(slots);
        for (Value x; (x = obj_iternext(it)) != VAL_NULL;) {
            if (!obj_isinstance(x, &str_type)) {
                vm_raise(&exc_TypeError_type, "__slots__ items must be strings, not '%s'",
                         val_type_name(x));
            }
            x = attr_name(x);
            if (x == NAME(__dict__)) {
                return VAL_NULL;
            }
            list_append(names, x);
        }
    }
    return tuple_from_iter(names);
}

Value class_create(const Type *meta, size_t nargs, const Value *args, Value kwnames) {
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    if (nargs != 3) {
        if (meta == &type_type && nargs == 1 && nkw == 0) {
            return OBJ_VAL(type_of(args[0]));
        }
        vm_raise(&exc_TypeError_type, "type() takes 1 or 3 arguments");
    }
    Value name = args[0], bases = args[1], ns = args[2];
    if (!obj_isinstance(name, &str_type)) {
        vm_raise(&exc_TypeError_type, "type.__new__() argument 1 must be str, not %s",
                 val_type_name(name));
    }
    if (!obj_isinstance(bases, &tuple_type)) {
        vm_raise(&exc_TypeError_type, "type.__new__() argument 2 must be tuple, not %s",
                 val_type_name(bases));
    }
    if (!obj_isinstance(ns, &dict_type)) {
        vm_raise(&exc_TypeError_type, "type.__new__() argument 3 must be dict, not %s",
                 val_type_name(ns));
    }
    bases = obj_native(bases);
    ns = obj_native(ns);
    const Type *winner = calculate_meta(meta, bases);
    check_bases(bases);
    if (winner != meta) {
        // type(name, bases, ns) with bases of a derived metaclass: let that
        // metaclass make the class, as CPython's type.__new__ does.
        const Type *owner;
        Value nw = type_lookup_owner(winner, NAME(__new__), &owner);
        if (nw != VAL_NULL && type_is_heap(owner)) {
            return obj_call(OBJ_VAL(winner), nargs, args, kwnames);
        }
        meta = winner;
    }
    if (val_tuple(bases)->len == 0) {
        Value obj = OBJ_VAL(&object_type);
        bases = tuple_new(1, &obj);
    }
    const Type *nb = solid_base(bases);
    ClassObj *c = (ClassObj *)gc_alloc_obj(sizeof(ClassObj), meta);
    Type *t = &c->type;
    t->name = attr_name(name);
    c->qualname = t->name;
    t->flags = TYPE_FLAG_HEAP | TYPE_FLAG_BASETYPE | (nb->flags & TYPE_FLAG_EXC);
    t->base_type = val_as_type(val_tuple(bases)->items[0]);
    t->native_base = nb;
    t->bases = bases;
    t->dict = class_namespace(ns, &c->qualname);
    c->qualname = obj_native(c->qualname);
    t->version = next_version++;
    class_fill_slots(t);
    Value cls = OBJ_VAL(t);
    t->mro = compute_mro(cls, bases);
    if (dict_get_str(t->dict, NAME(__module__)) == VAL_NULL) {
        Value g = vm_current_globals();
        Value m = g != VAL_NULL ? dict_get_str(g, NAME(__name__)) : VAL_NULL;
        if (m != VAL_NULL) {
            dict_set(t->dict, NAME(__module__), m);
        }
    }
    if (dict_get_str(t->dict, NAME(__doc__)) == VAL_NULL) {
        dict_set(t->dict, NAME(__doc__), VAL_NONE);
    }
    if (dict_get_str(t->dict, NAME(__eq__)) != VAL_NULL &&
        dict_get_str(t->dict, NAME(__hash__)) == VAL_NULL) {
        dict_set(t->dict, NAME(__hash__), VAL_NONE);
    }
    compute_cflags(c);
    c->slot_names = compute_slot_names(t);
    TupleObj *b = val_tuple(bases);
    for (size_t i = 0; i < b->len; i++) {
        const Type *bt = val_as_type(b->items[i]);
        if (type_is_heap(bt)) {
            ClassObj *bc = (ClassObj *)bt;
            if (bc->subclasses == VAL_NULL) {
                bc->subclasses = list_new_empty();
            }
            list_append(bc->subclasses, cls);
        }
    }
    class_post_init(cls, kwnames, nkw, args + nargs);
    return cls;
}

Value type_new_class(Value name, Value bases, Value dict) {
    Value args[3] = {name, bases, dict};
    return class_create(&type_type, 3, args, VAL_NULL);
}

// --- __build_class__ ---------------------------------------------------------------

// __build_class__(func, name, *bases, metaclass=None, **kwds)
static Value build_class(size_t nargs, const Value *args, Value kwnames) {
    if (nargs < 2) {
        vm_raise(&exc_TypeError_type, "__build_class__: not enough arguments");
    }
    Value func = args[0], name = args[1];
    if (!is_type(func, &function_type)) {
        vm_raise(&exc_TypeError_type, "__build_class__: func must be a function");
    }
    if (!obj_isinstance(name, &str_type)) {
        vm_raise(&exc_TypeError_type, "__build_class__: name is not a string");
    }
    Value bases = tuple_new(nargs - 2, args + 2);
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    Value meta = VAL_NULL;
    Value kwn = list_new_empty(), kwv = list_new_empty();
    for (size_t i = 0; i < nkw; i++) {
        Value k = val_tuple(kwnames)->items[i];
        if (str_equal(k, NAME(metaclass))) {
            meta = args[nargs + i];
        } else {
            list_append(kwn, k);
            list_append(kwv, args[nargs + i]);
        }
    }
    bool meta_is_class = true;
    if (meta == VAL_NULL) {
        meta = val_tuple(bases)->len != 0 ? OBJ_VAL(type_of(val_tuple(bases)->items[0]))
                                          : OBJ_VAL(&type_type);
    } else {
        meta_is_class = val_is_type(meta);
    }
    if (meta_is_class) {
        meta = OBJ_VAL(calculate_meta(val_as_type(meta), bases));
    }
    size_t nk;
    Value *kitems, *vitems;
    obj_get_array(kwn, &nk, &kitems);
    obj_get_array(kwv, &nk, &vitems);
    Value kwtuple = nk != 0 ? tuple_new(nk, kitems) : VAL_NULL;
    Value ns = VAL_NULL;
    if (meta_is_class) {
        const Type *owner;
        Value prep = type_lookup_owner(val_as_type(meta), NAME(__prepare__), &owner);
        if (prep != VAL_NULL && type_is_heap(owner)) {
            Value pargs[2 + 16];
            pargs[0] = name;
            pargs[1] = bases;
            for (size_t i = 0; i < nk && i < 16; i++) {
                pargs[2 + i] = vitems[i];
            }
            ns = obj_call(descr_get(prep, owner, VAL_NULL, val_as_type(meta)), 2, pargs, kwtuple);
        }
    }
    if (ns == VAL_NULL) {
        ns = dict_new();
    }
    FunctionObj *fo = (FunctionObj *)VAL_OBJ(func);
    if (dict_get(ns, NAME(__module__)) == VAL_NULL) {
        Value m = dict_get_str(fo->globals, NAME(__name__));
        if (m != VAL_NULL) {
            dict_set(ns, NAME(__module__), m);
        }
    }
    if (dict_get(ns, NAME(__qualname__)) == VAL_NULL) {
        dict_set(ns, NAME(__qualname__), function_qualname(fo));
    }
    Value cell = vm_call_class_body(func, ns);
    size_t ncall = 3 + nk;
    Value *cargs = gc_alloc(ncall * sizeof(Value), false);
    cargs[0] = name;
    cargs[1] = bases;
    cargs[2] = ns;
    for (size_t i = 0; i < nk; i++) {
        cargs[3 + i] = vitems[i];
    }
    Value cls = obj_call(meta, 3, cargs, kwtuple);
    if (cell != VAL_NULL && is_type(cell, &cell_type)) {
        ((CellObj *)VAL_OBJ(cell))->value = cls;
    }
    return cls;
}
BUILTIN_FN_KW(builtin_build_class_obj, __build_class__, 2, FN_UNLIMITED, build_class);

// --- attribute access on classes ------------------------------------------------

static Value type_dict_view(const Type *t) {
    if (type_is_heap(t)) {
        return t->dict;
    }
    Value d = dict_new();
    for (size_t i = 0; i < t->nattrs; i++) {
        dict_set(d, t->attrs[i].name, t->attrs[i].value);
    }
    return d;
}

static Value type_special_attr(const Type *t, Value name) {
    if (name == NAME(__name__)) {
        return type_is_heap(t) ? t->name : qualname_of(t);
    }
    if (name == NAME(__qualname__)) {
        return qualname_of(t);
    }
    if (name == NAME(__module__)) {
        return module_of(t);
    }
    if (name == NAME(__mro__)) {
        return type_mro_tuple(t);
    }
    if (name == NAME(__bases__)) {
        if (type_is_heap(t)) {
            return t->bases;
        }
        if (t->base_type == NULL) {
            return tuple_empty();
        }
        Value b = OBJ_VAL(t->base_type);
        return tuple_new(1, &b);
    }
    if (name == NAME(__base__)) {
        return t->base_type != NULL ? OBJ_VAL(t->base_type) : VAL_NONE;
    }
    if (name == NAME(__dict__)) {
        return type_dict_view(t);
    }
    if (name == NAME(__class__)) {
        return OBJ_VAL(type_of(OBJ_VAL(t)));
    }
    if (name == NAME(__doc__) && !type_is_heap(t)) {
        return VAL_NONE;
    }
    return VAL_NULL;
}

Value type_getattr(Value cls, Value name) {
    const Type *t = val_as_type(cls);
    const Type *meta = type_of(cls);
    Value r = type_special_attr(t, name);
    if (r != VAL_NULL) {
        return r;
    }
    const Type *mowner = NULL;
    Value mattr = meta != &type_type ? type_lookup_owner(meta, name, &mowner) : VAL_NULL;
    if (mattr != VAL_NULL && descr_is_data(mattr)) {
        return descr_get(mattr, mowner, cls, meta);
    }
    const Type *owner;
    Value attr = type_lookup_owner(t, name, &owner);
    if (attr != VAL_NULL) {
        return descr_get(attr, owner, VAL_NULL, t);
    }
    if (meta == &type_type) {
        mattr = type_lookup_owner(meta, name, &mowner);
    }
    if (mattr != VAL_NULL) {
        return descr_get(mattr, mowner, cls, meta);
    }
    return VAL_NULL;
}

static Value type_getattr_slot(Value self, Value name) { return type_getattr(self, name); }

static bool type_setattr_slot(Value self, Value name, Value value) {
    Type *t = (Type *)VAL_OBJ(self);
    if (!type_is_heap(t)) {
        vm_raise(&exc_TypeError_type, "cannot set '%s' attribute of immutable type '%s'",
                 str_cstr(name), type_name_cstr(t));
    }
    if (name == NAME(__name__) && value != VAL_NULL) {
        if (!obj_isinstance(value, &str_type)) {
            vm_raise(&exc_TypeError_type, "can only assign string to %s.__name__, not '%s'",
                     type_name_cstr(t), val_type_name(value));
        }
        t->name = attr_name(value);
        return true;
    }
    if (name == NAME(__qualname__) && value != VAL_NULL) {
        ((ClassObj *)t)->qualname = obj_native(value);
        return true;
    }
    return false;
}

Value str_of_type_repr(const Type *t) {
    Value mod = module_of(t);
    if (val_is_str(mod) && !str_equal(mod, NAME(builtins))) {
        return str_printf("<class '%s.%s'>", str_cstr(mod), str_cstr(qualname_of(t)));
    }
    return str_printf("<class '%s'>", str_cstr(qualname_of(t)));
}

static Value type_repr(Value self) { return str_of_type_repr(val_as_type(self)); }

// --- unions (int | None, types.UnionType) ----------------------------------------

typedef struct {
    Obj base;
    Value origin;   // a type, or VAL_NULL for a union
    Value args;     // tuple
} AliasObj;

static const Type alias_type;

static void add_alias_item(Vstr *v, Value x) {
    if (x == OBJ_VAL(&none_type)) {
        x = VAL_NONE;   // printed as "None", as CPython does
    }
    if (val_is_type(x)) {
        const Type *t = val_as_type(x);
        Value mod = module_of(t);
        if (val_is_str(mod) && !str_equal(mod, NAME(builtins))) {
            vstr_printf(v, "%s.%s", str_cstr(mod), str_cstr(qualname_of(t)));
        } else {
            vstr_add_cstr(v, str_cstr(qualname_of(t)));
        }
    } else if (x == VAL_NONE) {
        vstr_add_cstr(v, "None");
    } else if (x == VAL_ELLIPSIS) {
        vstr_add_cstr(v, "...");
    } else {
        vstr_add_value_str(v, obj_repr(x));
    }
}

static Value alias_repr(Value self) {
    AliasObj *a = (AliasObj *)VAL_OBJ(self);
    Vstr v;
    vstr_init(&v, 32);
    TupleObj *args = val_tuple(a->args);
    if (a->origin == VAL_NULL) {
        for (size_t i = 0; i < args->len; i++) {
            if (i != 0) {
                vstr_add_cstr(&v, " | ");
            }
            add_alias_item(&v, args->items[i]);
        }
        return vstr_to_str(&v);
    }
    add_alias_item(&v, a->origin);
    vstr_add_byte(&v, '[');
    for (size_t i = 0; i < args->len; i++) {
        if (i != 0) {
            vstr_add_cstr(&v, ", ");
        }
        add_alias_item(&v, args->items[i]);
    }
    if (args->len == 0) {
        vstr_add_cstr(&v, "()");
    }
    vstr_add_byte(&v, ']');
    return vstr_to_str(&v);
}

static Value alias_new(Value origin, Value args) {
    AliasObj *a = (AliasObj *)gc_alloc_obj(sizeof(AliasObj), &alias_type);
    a->origin = origin;
    a->args = is_type(args, &tuple_type) ? args : tuple_new(1, &args);
    return OBJ_VAL(a);
}

static Value alias_call(Value self, size_t nargs, const Value *args, Value kwnames) {
    AliasObj *a = (AliasObj *)VAL_OBJ(self);
    if (a->origin == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'types.UnionType' object is not callable");
    }
    return obj_call(a->origin, nargs, args, kwnames);
}

static Value union_add(Value list, Value x) {
    if (is_type(x, &alias_type) && ((AliasObj *)VAL_OBJ(x))->origin == VAL_NULL) {
        TupleObj *t = val_tuple(((AliasObj *)VAL_OBJ(x))->args);
        for (size_t i = 0; i < t->len; i++) {
            union_add(list, t->items[i]);
        }
        return list;
    }
    if (x == VAL_NONE) {
        x = OBJ_VAL(&none_type);   // __args__ holds NoneType, as CPython's
    }
    size_t n;
    Value *items;
    obj_get_array(list, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (items[i] == x) {
            return list;
        }
    }
    list_append(list, x);
    return list;
}

static bool unionable(Value x) {
    return x == VAL_NONE || val_is_type(x) || is_type(x, &alias_type) || is_type(x, &generic_alias_type);
}

Value type_union_binop(int op, Value a, Value b) {
    if ((op & ~BINOP_INPLACE) != BINOP_OR || !unionable(a) || !unionable(b)) {
        return VAL_NULL;
    }
    Value l = list_new_empty();
    union_add(l, a);
    union_add(l, b);
    Value t = tuple_from_iter(l);
    if (val_tuple(t)->len == 1) {
        return val_tuple(t)->items[0];
    }
    return alias_new(VAL_NULL, t);
}

static Value alias_getattr(Value self, Value name) {
    AliasObj *a = (AliasObj *)VAL_OBJ(self);
    if (name == NAME(__origin__)) {
        return a->origin != VAL_NULL ? a->origin : VAL_NONE;
    }
    if (name == NAME(__args__)) {
        return a->args;
    }
    return VAL_NULL;
}

static Value alias_compare(int op, Value a, Value b) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_type(b, &alias_type)) {
        return VAL_NULL;
    }
    AliasObj *x = (AliasObj *)VAL_OBJ(a), *y = (AliasObj *)VAL_OBJ(b);
    bool eq = x->origin == y->origin && obj_eq(x->args, y->args);
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static const Type alias_type = {
    .base = {&type_type},
    .name = NAME(UnionType),
    .base_type = &object_type,
    .call = alias_call,
    .repr = alias_repr,
    .binary_op = type_union_binop,
    .compare = alias_compare,
    .getattr = alias_getattr,
};

static Value type_subscr(Value self, Value index, Value value) {
    if (value != VAL_NULL) {
        return VAL_NULL;
    }
    const Type *t = val_as_type(self);
    const Type *owner;
    Value m = type_lookup_owner(t, NAME(__class_getitem__), &owner);
    if (m == VAL_NULL) {
        return VAL_NULL;
    }
    return obj_call1(descr_get(m, owner, VAL_NULL, t), index);
}

// --- type's methods ----------------------------------------------------------------

static Value type_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    return class_create(t, nargs, args, kwnames);
}

static Value type_call_m(size_t nargs, const Value *args, Value kwnames) {
    if (!val_is_type(args[0])) {
        vm_raise(&exc_TypeError_type, "descriptor '__call__' requires a 'type' object");
    }
    return type_call(args[0], nargs - 1, args + 1, kwnames);
}
static BUILTIN_FN_KW(type_call_obj, __call__, 1, FN_UNLIMITED, type_call_m);

static Value type_new_m(size_t nargs, const Value *args, Value kwnames) {
    if (!val_is_type(args[0]) || !type_is_subtype(val_as_type(args[0]), &type_type)) {
        vm_raise(&exc_TypeError_type, "type.__new__(X): X is not a type object (%s)",
                 val_type_name(args[0]));
    }
    return class_create(val_as_type(args[0]), nargs - 1, args + 1, kwnames);
}
static BUILTIN_FN_KW(type_new_obj, __new__, 1, FN_UNLIMITED, type_new_m);
static const WrapperObj type_new_wrapper = {{&staticmethod_type}, OBJ_VAL(&type_new_obj)};

static Value type_init_m(size_t nargs, const Value *args, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (nargs != 2 && nargs != 4) {
        vm_raise(&exc_TypeError_type, "type.__init__() takes 1 or 3 arguments");
    }
    return VAL_NONE;
}
static BUILTIN_FN_KW(type_init_obj, __init__, 1, FN_UNLIMITED, type_init_m);

static Value type_mro_m(size_t nargs, const Value *args) {
    (void)nargs;
    return list_from_iter(type_mro_tuple(val_as_type(args[0])));
}
static BUILTIN_FN(type_mro_obj, mro, 1, 1, type_mro_m);

static Value type_subclasses_m(size_t nargs, const Value *args) {
    (void)nargs;
    const Type *t = val_as_type(args[0]);
    if (type_is_heap(t) && ((const ClassObj *)t)->subclasses != VAL_NULL) {
        return list_from_iter(((const ClassObj *)t)->subclasses);
    }
    return list_new_empty();
}
static BUILTIN_FN(type_subclasses_obj, __subclasses__, 1, 1, type_subclasses_m);

static Value type_instancecheck_m(size_t nargs, const Value *args) {
    (void)nargs;
    return val_bool(obj_isinstance(args[1], val_as_type(args[0])));
}
static BUILTIN_FN(type_instancecheck_obj, __instancecheck__, 2, 2, type_instancecheck_m);

static Value type_subclasscheck_m(size_t nargs, const Value *args) {
    (void)nargs;
    if (!val_is_type(args[1])) {
        vm_raise(&exc_TypeError_type, "issubclass() arg 1 must be a class");
    }
    return val_bool(type_is_subtype(val_as_type(args[1]), val_as_type(args[0])));
}
static BUILTIN_FN(type_subclasscheck_obj, __subclasscheck__, 2, 2, type_subclasscheck_m);

static const AttrEntry type_attrs[] = {
    {NAME(__call__), OBJ_VAL(&type_call_obj)},
    {NAME(__new__), OBJ_VAL(&type_new_wrapper)},
    {NAME(__init__), OBJ_VAL(&type_init_obj)},
    {NAME(mro), OBJ_VAL(&type_mro_obj)},
    {NAME(__subclasses__), OBJ_VAL(&type_subclasses_obj)},
    {NAME(__instancecheck__), OBJ_VAL(&type_instancecheck_obj)},
    {NAME(__subclasscheck__), OBJ_VAL(&type_subclasscheck_obj)},
};

const Type type_type = {
    .base = {&type_type},
    .name = NAME(type),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = &object_type,
    .make_new = type_make_new,
    .call = type_call,
    .repr = type_repr,
    .binary_op = type_union_binop,
    .subscr = type_subscr,
    .getattr = type_getattr_slot,
    .setattr = type_setattr_slot,
    .attrs = type_attrs,
    .nattrs = sizeof(type_attrs) / sizeof(type_attrs[0]),
};

// --- object ------------------------------------------------------------------------

static Value object_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    return instance_new_native(t, nargs, args, kwnames);
}

Value object_repr(Value self) {
    const Type *t = type_of(self);
    Value mod = module_of(t);
    if (val_is_str(mod) && !str_equal(mod, NAME(builtins))) {
        return str_printf("<%s.%s object at %p>", str_cstr(mod), str_cstr(qualname_of(t)),
                          (void *)VAL_OBJ(self));
    }
    return str_printf("<%s object at %p>", str_cstr(qualname_of(t)), (void *)VAL_OBJ(self));
}

static Value object_repr_m(size_t nargs, const Value *args) {
    (void)nargs;
    return object_repr(args[0]);
}
static BUILTIN_FN(object_repr_obj, __repr__, 1, 1, object_repr_m);

static Value object_str_m(size_t nargs, const Value *args) {
    (void)nargs;
    return obj_repr(args[0]);
}
static BUILTIN_FN(object_str_obj, __str__, 1, 1, object_str_m);

static Value object_eq_m(size_t nargs, const Value *args) {
    (void)nargs;
    return args[0] == args[1] ? VAL_TRUE : VAL_NOTIMPL;
}
static BUILTIN_FN(object_eq_obj, __eq__, 2, 2, object_eq_m);

static Value object_ne_m(size_t nargs, const Value *args) {
    (void)nargs;
    Value r = call_special_opt(args[0], NAME(__eq__), 1, &args[1]);
    if (r == VAL_NULL || r == VAL_NOTIMPL) {
        return VAL_NOTIMPL;
    }
    return val_bool(!obj_truthy(r));
}
static BUILTIN_FN(object_ne_obj, __ne__, 2, 2, object_ne_m);

static Value object_hash_m(size_t nargs, const Value *args) {
    (void)nargs;
    return val_from_small_int((intptr_t)(args[0] >> 4));
}
static BUILTIN_FN(object_hash_obj, __hash__, 1, 1, object_hash_m);

static Value object_init_m(size_t nargs, const Value *args, Value kwnames) {
    bool excess = nargs > 1 || (kwnames != VAL_NULL && val_tuple(kwnames)->len != 0);
    if (excess) {
        const Type *t = type_of(args[0]);
        const Type *owner;
        Value init = type_lookup_owner(t, NAME(__init__), &owner);
        if (init != VAL_NULL && owner != &object_type) {
            vm_raise(&exc_TypeError_type,
                     "object.__init__() takes exactly one argument (the instance to initialize)");
        }
        Value nw = type_lookup_owner(t, NAME(__new__), &owner);
        if (nw == VAL_NULL || owner == &object_type) {
            vm_raise(&exc_TypeError_type, "%s() takes no arguments", type_name_cstr(t));
        }
    }
    return VAL_NONE;
}
static BUILTIN_FN_KW(object_init_obj, __init__, 1, FN_UNLIMITED, object_init_m);

static Value object_new_m(size_t nargs, const Value *args, Value kwnames) {
    if (!val_is_type(args[0])) {
        vm_raise(&exc_TypeError_type, "object.__new__(X): X is not a type object (%s)",
                 val_type_name(args[0]));
    }
    const Type *t = val_as_type(args[0]);
    bool excess = nargs > 1 || (kwnames != VAL_NULL && val_tuple(kwnames)->len != 0);
    if (excess) {
        const Type *owner;
        Value nw = type_lookup_owner(t, NAME(__new__), &owner);
        if (nw != VAL_NULL && owner != &object_type) {
            vm_raise(&exc_TypeError_type,
                     "object.__new__() takes exactly one argument (the type to instantiate)");
        }
    }
    const Type *nb = type_is_heap(t) ? t->native_base : t;
    if (nb != &object_type) {
        vm_raise(&exc_TypeError_type, "object.__new__(%s) is not safe, use %s.__new__()",
                 type_name_cstr(t), type_name_cstr(nb));
    }
    return instance_new_native(t, 0, NULL, VAL_NULL);
}
static BUILTIN_FN_KW(object_new_obj, __new__, 1, FN_UNLIMITED, object_new_m);
static const WrapperObj object_new_wrapper = {{&staticmethod_type}, OBJ_VAL(&object_new_obj)};

static Value object_setattr_m(size_t nargs, const Value *args) {
    (void)nargs;
    Value name = attr_name(args[1]);
    if (!obj_generic_setattr(args[0], name, args[2])) {
        raise_attribute_error(args[0], name);
    }
    return VAL_NONE;
}
static BUILTIN_FN(object_setattr_obj, __setattr__, 3, 3, object_setattr_m);

static Value object_delattr_m(size_t nargs, const Value *args) {
    (void)nargs;
    Value name = attr_name(args[1]);
    if (!obj_generic_setattr(args[0], name, VAL_NULL)) {
        raise_attribute_error(args[0], name);
    }
    return VAL_NONE;
}
static BUILTIN_FN(object_delattr_obj, __delattr__, 2, 2, object_delattr_m);

static Value object_getattribute_m(size_t nargs, const Value *args) {
    (void)nargs;
    Value name = attr_name(args[1]);
    Value r = val_is_type(args[0]) ? type_getattr(args[0], name) : obj_generic_getattr(args[0], name);
    if (r == VAL_NULL) {
        raise_getattr_error(args[0], name);
    }
    return r;
}
static BUILTIN_FN(object_getattribute_obj, __getattribute__, 2, 2, object_getattribute_m);

static Value object_init_subclass_m(size_t nargs, const Value *args, Value kwnames) {
    (void)nargs;
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len != 0) {
        vm_raise(&exc_TypeError_type, "%s.__init_subclass__() takes no keyword arguments",
                 type_name_cstr(val_as_type(args[0])));
    }
    return VAL_NONE;
}
static BUILTIN_FN_KW(object_init_subclass_obj, __init_subclass__, 1, 1, object_init_subclass_m);
static const WrapperObj object_init_subclass_wrapper = {{&classmethod_type},
                                                        OBJ_VAL(&object_init_subclass_obj)};

static Value object_format_m(size_t nargs, const Value *args) {
    (void)nargs;
    if (!obj_isinstance(args[1], &str_type)) {
        vm_raise(&exc_TypeError_type, "__format__() argument must be str, not %s",
                 val_type_name(args[1]));
    }
    if (str_len_bytes(args[1]) != 0) {
        vm_raise(&exc_TypeError_type, "unsupported format string passed to %s.__format__",
                 val_type_name(args[0]));
    }
    return obj_str(args[0]);
}
static BUILTIN_FN(object_format_obj, __format__, 2, 2, object_format_m);

static Value object_dir_m(size_t nargs, const Value *args);
static BUILTIN_FN(object_dir_obj, __dir__, 1, 1, object_dir_m);

static void dir_add_type(Value set, const Type *t) {
    Value mro = type_mro_tuple(t);
    TupleObj *m = val_tuple(mro);
    for (size_t i = 0; i < m->len; i++) {
        const Type *c = val_as_type(m->items[i]);
        if (type_is_heap(c)) {
            if (c->native_base == &object_type) {
                set_add(set, NAME(__dict__));
                set_add(set, NAME(__weakref__));
            }
            size_t pos = 0;
            Value k, v;
            while (dict_next(c->dict, &pos, &k, &v)) {
                set_add(set, k);
            }
        } else {
            for (size_t j = 0; j < c->nattrs; j++) {
                set_add(set, c->attrs[j].name);
            }
            type_add_dunder_names(c, set);
        }
    }
}

static Value object_dir_m(size_t nargs, const Value *args) {
    (void)nargs;
    Value set = set_new();
    Value o = args[0];
    Value *dp = obj_dict_slot(o);
    if (dp != NULL && *dp != VAL_NULL) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(*dp, &pos, &k, &v)) {
            set_add(set, k);
        }
    }
    if (val_is_type(o)) {
        dir_add_type(set, val_as_type(o));
    } else {
        dir_add_type(set, type_of(o));
    }
    set_add(set, NAME(__class__));
    return list_from_iter(set);
}

static Value object_reduce_ex_m(size_t nargs, const Value *args) {
    (void)nargs;
    vm_raise(&exc_TypeError_type, "cannot pickle '%s' object", val_type_name(args[0]));
}
static BUILTIN_FN(object_reduce_ex_obj, __reduce_ex__, 2, 2, object_reduce_ex_m);

static Value object_reduce_ex_m1(size_t nargs, const Value *args) {
    (void)nargs;
    vm_raise(&exc_TypeError_type, "cannot pickle '%s' object", val_type_name(args[0]));
}

static Value object_notimpl_m(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return VAL_NOTIMPL;
}
static BUILTIN_FN(object_lt_obj, __lt__, 2, 2, object_notimpl_m);
static BUILTIN_FN(object_le_obj, __le__, 2, 2, object_notimpl_m);
static BUILTIN_FN(object_gt_obj, __gt__, 2, 2, object_notimpl_m);
static BUILTIN_FN(object_ge_obj, __ge__, 2, 2, object_notimpl_m);
static BUILTIN_FN(object_subclasshook_fn, __subclasshook__, 1, FN_UNLIMITED, object_notimpl_m);
static const WrapperObj object_subclasshook_obj = {{&classmethod_type},
                                                   OBJ_VAL(&object_subclasshook_fn)};

static Value object_sizeof_m(size_t nargs, const Value *args) {
    (void)nargs;
    const Type *t = type_of(args[0]);
    return val_from_small_int(type_is_heap(t) ? (intptr_t)sizeof(InstanceObj) : 16);
}
static BUILTIN_FN(object_sizeof_obj, __sizeof__, 1, 1, object_sizeof_m);

static Value object_getstate_m(size_t nargs, const Value *args) {
    (void)nargs;
    Value *dp = obj_dict_slot(args[0]);
    return dp != NULL && *dp != VAL_NULL && dict_len(*dp) != 0 ? *dp : VAL_NONE;
}
static BUILTIN_FN(object_getstate_obj, __getstate__, 1, 1, object_getstate_m);
static BUILTIN_FN(object_reduce_obj, __reduce__, 1, 1, object_reduce_ex_m1);

static const AttrEntry object_attrs[] = {
    {NAME(__lt__), OBJ_VAL(&object_lt_obj)},
    {NAME(__le__), OBJ_VAL(&object_le_obj)},
    {NAME(__gt__), OBJ_VAL(&object_gt_obj)},
    {NAME(__ge__), OBJ_VAL(&object_ge_obj)},
    {NAME(__subclasshook__), OBJ_VAL(&object_subclasshook_obj)},
    {NAME(__sizeof__), OBJ_VAL(&object_sizeof_obj)},
    {NAME(__getstate__), OBJ_VAL(&object_getstate_obj)},
    {NAME(__reduce__), OBJ_VAL(&object_reduce_obj)},
    {NAME(__init__), OBJ_VAL(&object_init_obj)},
    {NAME(__new__), OBJ_VAL(&object_new_wrapper)},
    {NAME(__repr__), OBJ_VAL(&object_repr_obj)},
    {NAME(__str__), OBJ_VAL(&object_str_obj)},
    {NAME(__eq__), OBJ_VAL(&object_eq_obj)},
    {NAME(__ne__), OBJ_VAL(&object_ne_obj)},
    {NAME(__hash__), OBJ_VAL(&object_hash_obj)},
    {NAME(__setattr__), OBJ_VAL(&object_setattr_obj)},
    {NAME(__delattr__), OBJ_VAL(&object_delattr_obj)},
    {NAME(__getattribute__), OBJ_VAL(&object_getattribute_obj)},
    {NAME(__init_subclass__), OBJ_VAL(&object_init_subclass_wrapper)},
    {NAME(__format__), OBJ_VAL(&object_format_obj)},
    {NAME(__dir__), OBJ_VAL(&object_dir_obj)},
    {NAME(__reduce_ex__), OBJ_VAL(&object_reduce_ex_obj)},
};

const Type object_type = {
    .base = {&type_type},
    .name = NAME(object),
    .flags = TYPE_FLAG_BASETYPE,
    .base_type = NULL,
    .make_new = object_make_new,
    .repr = object_repr,
    .attrs = object_attrs,
    .nattrs = sizeof(object_attrs) / sizeof(object_attrs[0]),
};
