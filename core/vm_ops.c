// Slow paths of the dispatch loop (vm.c): the parts of opcodes that are
// too long to sit inline in the loop — unbound-variable errors, global
// lookups that miss the cache, unpacking, f-string pieces, dict/set
// building with CPython's messages, with-statement set-up, async
// iteration, imports into a namespace — and the VM's private iterators
// for `for` over lists, tuples and ranges (FOR_ITER reads them inline).
#include <string.h>
#include "vm_impl.h"
#include "gc.h"
#include "nlr.h"
#include "print.h"
#include "runtime.h"
#include "stream.h"
#include "vm_raise.h"

// --- helpers for the loop's slow paths -------------------------------------

_Noreturn void vm_raise_unbound_local(const CodeObj *co, size_t i) {
    vm_raise(&exc_UnboundLocalError_type,
             "cannot access local variable '%S' where it is not associated with a value",
             val_tuple(co->varnames)->items[i]);
}

_Noreturn void vm_raise_unbound_deref(const CodeObj *co, size_t i) {
    Value name = val_tuple(co->cellnames)->items[i];
    if (i < co->ncellvars) {
        vm_raise(&exc_UnboundLocalError_type,
                 "cannot access local variable '%S' where it is not associated with a value", name);
    }
    vm_raise(&exc_NameError_type,
             "cannot access free variable '%S' where it is not associated with a value in "
             "enclosing scope",
             name);
}

_Noreturn void vm_raise_name_error(Value name) {
    Value e = exc_new_msg(&exc_NameError_type, str_printf("name '%S' is not defined", name));
    obj_setattr(e, NAME(name), name);
    vm_raise_obj(e);
}

Value vm_load_global_slow(Frame *f, size_t arg, Value name) {
    DictObj *g = val_dict(f->globals);
    Value v = dict_get_str(f->globals, name);
    GlobalCache *c = f->cache != NULL ? &f->cache[arg] : NULL;
    if (v != VAL_NULL) {
        if (c != NULL) {
            // Remember where the entry is (only for an identical key).
            c->ptr = 0;
            for (size_t i = g->nentries; i > 0; i--) {
                if (g->entries[i - 1].key == name) {
                    c->ptr = (uintptr_t)g->entries;
                    c->a = (uint32_t)(i - 1);
                    c->b = BVER_IN_GLOBALS;
                    break;
                }
            }
        }
        return v;
    }
    v = vm_lookup_builtin(name);
    if (v == VAL_NULL) {
        vm_raise_name_error(name);
    }
    if (c != NULL) {
        c->ptr = (uintptr_t)v;
        c->a = g->version;
        c->b = val_dict(vm.builtins_dict)->version;
    }
    return v;
}

Value vm_locals_get(Value locals, Value name) {
    if (is_type(locals, &dict_type)) {
        return dict_get_str(locals, name);
    }
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value v = obj_getitem(locals, name);
        nlr_pop();
        return v;
    }
    if (obj_isinstance(nb.exc, &exc_KeyError_type)) {
        return VAL_NULL;
    }
    nlr_jump(nb.exc);
}

bool vm_locals_delete(Value locals, Value name) {
    if (is_type(locals, &dict_type)) {
        return dict_delete(locals, name);
    }
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        obj_delitem(locals, name);
        nlr_pop();
        return true;
    }
    if (obj_isinstance(nb.exc, &exc_KeyError_type)) {
        return false;
    }
    nlr_jump(nb.exc);
}

Value vm_load_name(Frame *f, size_t arg, Value name) {
    if (f->locals != f->globals) {
        Value v = vm_locals_get(f->locals, name);
        if (v != VAL_NULL) {
            return v;
        }
    }
    return vm_load_global_slow(f, arg, name);
}

bool vm_is_iterable(Value o) {
    const Type *t = type_of(o);
    return t->getiter != NULL || type_lookup(t, NAME(__iter__)) != VAL_NULL ||
           type_lookup(t, NAME(__getitem__)) != VAL_NULL;
}

// UNPACK_SEQUENCE for anything but exact lists/tuples: writes the n values
// to out[n-1] .. out[0] (first value on top).
void vm_unpack_iter(Value seq, size_t n, Value *out) {
    if (!vm_is_iterable(seq)) {
        vm_raise(&exc_TypeError_type, "cannot unpack non-iterable %s object", val_type_name(seq));
    }
    Value it = obj_getiter(seq);
    for (size_t i = 0; i < n; i++) {
        Value v = obj_iternext(it);
        if (v == VAL_NULL) {
            vm_raise(&exc_ValueError_type, "not enough values to unpack (expected %zu, got %zu)", n, i);
        }
        out[n - 1 - i] = v;
    }
    if (obj_iternext(it) != VAL_NULL) {
        vm_raise(&exc_ValueError_type, "too many values to unpack (expected %zu)", n);
    }
}

// UNPACK_EX: returns the new stack pointer.
Value *vm_unpack_ex(Value seq, unsigned before, unsigned after, Value *sp) {
    if (!vm_is_iterable(seq)) {
        vm_raise(&exc_TypeError_type, "cannot unpack non-iterable %s object", val_type_name(seq));
    }
    Value list = list_from_iter(seq);
    ListObj *l = val_list(list);
    size_t n = l->len;
    if (n < (size_t)before + after) {
        vm_raise(&exc_ValueError_type,
                 "not enough values to unpack (expected at least %u, got %zu)", before + after, n);
    }
    for (size_t i = 0; i < after; i++) {
        *sp++ = l->items[n - 1 - i];
    }
    size_t mid = n - before - after;
    *sp++ = list_new(mid, l->items + before);
    for (size_t i = before; i > 0; i--) {
        *sp++ = l->items[i - 1];
    }
    return sp;
}

Value vm_build_string(size_t n, const Value *items) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        total += str_len_bytes(items[i]);
    }
    Vstr v;
    vstr_init(&v, total + 1);
    for (size_t i = 0; i < n; i++) {
        vstr_add_value_str(&v, items[i]);
    }
    return vstr_to_str(&v);
}

Value vm_format_value(unsigned arg, Value v, Value spec) {
    switch (arg & 3) {
        case 1:
            v = obj_str(v);
            break;
        case 2:
            v = obj_repr(v);
            break;
        case 3:
            v = vm_ascii(obj_repr(v));
            break;
        default:
            break;
    }
    if (spec == VAL_NULL && is_type(v, &str_type)) {
        return v;
    }
    return obj_format(v, spec == VAL_NULL ? NAME(empty) : spec);
}

void vm_set_update(Value set, Value iterable) {
    Value it = obj_getiter(iterable);
    for (Value v; (v = obj_iternext(it)) != VAL_NULL;) {
        set_add(set, v);
    }
}

static bool is_mapping(Value m) {
    return obj_isinstance(m, &dict_type) || obj_getattr_opt(m, NAME(keys)) != VAL_NULL;
}

void vm_dict_merge(Value d, Value m, Value func) {
    if (!is_mapping(m)) {
        vm_raise(&exc_TypeError_type, "%S argument after ** must be a mapping, not %s",
                 vm_func_desc(func, true), val_type_name(m));
    }
    Value keys = is_type(m, &dict_type) ? m : obj_call_method0(m, NAME(keys));
    Value it = obj_getiter(keys);
    for (Value k; (k = obj_iternext(it)) != VAL_NULL;) {
        if (dict_get(d, k) != VAL_NULL) {
            if (val_is_str(k)) {
                vm_raise(&exc_TypeError_type, "%S got multiple values for keyword argument '%S'",
                         vm_func_desc(func, true), k);
            }
            vm_raise(&exc_TypeError_type, "%S keywords must be strings", vm_func_desc(func, true));
        }
        dict_set(d, k, obj_getitem(m, k));
    }
}

void vm_dict_update(Value d, Value m) {
    if (!is_mapping(m)) {
        vm_raise(&exc_TypeError_type, "'%s' object is not a mapping", val_type_name(m));
    }
    dict_update(d, m);
}

Value vm_setup_with(Value mgr, Value *exit_out) {
    const Type *t = type_of(mgr);
    if (type_lookup(t, NAME(__enter__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'%s' object does not support the context manager protocol",
                 type_name_cstr(t));
    }
    if (type_lookup(t, NAME(__exit__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type,
                 "'%s' object does not support the context manager protocol (missed __exit__ method)",
                 type_name_cstr(t));
    }
    Value m[2];
    obj_load_method(mgr, NAME(__exit__), m);
    *exit_out = m[1] != VAL_NULL ? bound_method_new(m[1], m[0]) : m[0];
    return obj_call_method0(mgr, NAME(__enter__));
}

Value vm_before_async_with(Value mgr, Value *exit_out) {
    const Type *t = type_of(mgr);
    if (type_lookup(t, NAME(__aenter__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type,
                 "'%s' object does not support the asynchronous context manager protocol",
                 type_name_cstr(t));
    }
    if (type_lookup(t, NAME(__aexit__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type,
                 "'%s' object does not support the asynchronous context manager protocol "
                 "(missed __aexit__ method)",
                 type_name_cstr(t));
    }
    Value m[2];
    obj_load_method(mgr, NAME(__aexit__), m);
    *exit_out = m[1] != VAL_NULL ? bound_method_new(m[1], m[0]) : m[0];
    return obj_call_method0(mgr, NAME(__aenter__));
}

Value vm_get_aiter(Value o) {
    const Type *t = type_of(o);
    if (type_lookup(t, NAME(__aiter__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'async for' requires an object with __aiter__ method, got %s",
                 type_name_cstr(t));
    }
    Value it = obj_call_method0(o, NAME(__aiter__));
    if (type_lookup(type_of(it), NAME(__anext__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type,
                 "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                 val_type_name(it));
    }
    return it;
}

Value vm_get_anext(Value ait) {
    const Type *t = type_of(ait);
    if (type_lookup(t, NAME(__anext__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "'async for' requires an iterator with __anext__ method, got %s",
                 type_name_cstr(t));
    }
    Value r = obj_call_method0(ait, NAME(__anext__));
    if (is_type(r, &coroutine_type)) {
        return r;
    }
    if (type_lookup(type_of(r), NAME(__await__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type,
                 "'async for' received an invalid object from __anext__: %s", val_type_name(r));
    }
    return gen_get_awaitable(r);
}

void vm_print_expr(Value v) {
    if (v == VAL_NONE) {
        return;
    }
    dict_set(vm.builtins_dict, NAME(underscore), VAL_NONE);
    Value s = obj_repr(v);
    Value out = stream_stdout();
    stream_write_str(out, s);
    stream_write(out, "\n", 1);
    dict_set(vm.builtins_dict, NAME(underscore), v);
}

void vm_import_star(Value module, Value locals) {
    Value all = obj_getattr_opt(module, NAME(__all__));
    if (all != VAL_NULL) {
        Value it = obj_getiter(all);
        for (Value name; (name = obj_iternext(it)) != VAL_NULL;) {
            if (!val_is_str(name)) {
                vm_raise(&exc_TypeError_type, "Item in %S.__all__ must be str, not %s",
                         obj_getattr(module, NAME(__name__)), val_type_name(name));
            }
            dict_set(locals, str_intern_value(name), obj_getattr(module, name));
        }
        return;
    }
    if (is_type(module, &module_type)) {
        ModuleObj *m = (ModuleObj *)VAL_OBJ(module);
        for (size_t i = 0; i < m->nrom; i++) {
            Value k = m->rom[i].name;
            if (str_cstr(k)[0] != '_') {
                dict_set(locals, k, m->rom[i].value);
            }
        }
    }
    Value d = obj_getattr(module, NAME(__dict__));
    Value k, v;
    for (size_t pos = 0; dict_next(d, &pos, &k, &v);) {
        if (val_is_str(k) && str_cstr(k)[0] != '_') {
            dict_set(locals, k, v);
        }
    }
}

Value vm_import_from(Value module, Value name) {
    Value v = obj_getattr_opt(module, name);
    if (v != VAL_NULL) {
        return v;
    }
    Value mname = obj_getattr_opt(module, NAME(__name__));
    if (mname != VAL_NULL && val_is_str(mname)) {
        Value full = str_printf("%S.%S", mname, name);
        Value m = dict_get(vm.sys_modules, full);
        if (m != VAL_NULL) {
            return m;
        }
        Value file = obj_getattr_opt(module, NAME(__file__));
        if (is_type(module, &module_type) && vm_module_initializing(module)) {
            vm_raise(&exc_ImportError_type,
                     "cannot import name '%S' from partially initialized module '%S' (most likely "
                     "due to a circular import) (%S)",
                     name, mname, file != VAL_NULL ? file : NAME(empty));
        }
        if (file != VAL_NULL && val_is_str(file)) {
            vm_raise(&exc_ImportError_type, "cannot import name '%S' from '%S' (%S)", name, mname,
                     file);
        }
        vm_raise(&exc_ImportError_type, "cannot import name '%S' from '%S' (unknown location)",
                 name, mname);
    }
    vm_raise(&exc_ImportError_type, "cannot import name '%S' from '<unknown module name>' (unknown location)",
             name);
}

// --- private iterators for `for` over lists, tuples and ranges -----------------

static Value seqiter_iter(Value self) { return self; }

static Value seqiter_next(Value self) {
    SeqIterObj *s = (SeqIterObj *)VAL_OBJ(self);
    size_t len;
    Value *items;
    obj_get_array(s->seq, &len, &items);
    if (s->index < len) {
        return items[s->index++];
    }
    return VAL_NULL;
}

static Value rangeiter_next(Value self) {
    RangeIterObj *r = (RangeIterObj *)VAL_OBJ(self);
    if (r->step > 0 ? r->cur < r->stop : r->cur > r->stop) {
        Value v = val_from_small_int(r->cur);
        r->cur += r->step;
        return v;
    }
    return VAL_NULL;
}

const Type vm_seqiter_type = {
    .base = {&type_type},
    .name = NAME(list_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .getiter = seqiter_iter,
    .iternext = seqiter_next,
};

const Type vm_rangeiter_type = {
    .base = {&type_type},
    .name = NAME(range_iterator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .getiter = seqiter_iter,
    .iternext = rangeiter_next,
};

static bool small_attr(Value o, Value name, intptr_t *out) {
    Value v = obj_getattr(o, name);
    if (!val_is_small_int(v)) {
        return false;
    }
    *out = val_small_int(v);
    return true;
}

Value vm_get_iter(Value o) {
    if (is_type(o, &list_type) || is_type(o, &tuple_type)) {
        SeqIterObj *s = (SeqIterObj *)gc_alloc_obj(sizeof(SeqIterObj), &vm_seqiter_type);
        s->seq = o;
        return OBJ_VAL(s);
    }
    if (is_type(o, &range_type)) {
        intptr_t start, stop, step;
        if (small_attr(o, NAME(start), &start) && small_attr(o, NAME(stop), &stop) &&
            small_attr(o, NAME(step), &step)) {
            RangeIterObj *r = (RangeIterObj *)gc_alloc_obj(sizeof(RangeIterObj), &vm_rangeiter_type);
            r->cur = start;
            r->stop = stop;
            r->step = step;
            return OBJ_VAL(r);
        }
    }
    return obj_getiter(o);
}


// --- attribute caches -------------------------------------------------------------

static bool plain_value(Value v) {
    if (!val_is_obj(v)) {
        return true;
    }
    const Type *t = VAL_OBJ(v)->type;
    return t == &none_type || t == &bool_type || t == &int_type || t == &float_type ||
           t == &str_type || t == &tuple_type || t == &bytes_type || t == &frozenset_type;
}

// Records what the receiver's class holds under `name` (see AttrCache).
static void attr_cache_fill(AttrCache *c, Value o, Value name) {
    if (c == NULL) {
        return;
    }
    c->kind = AK_NONE;
    c->type = NULL;
    if (!val_is_obj(o) || val_is_type(o) || name == NAME(__class__) || name == NAME(__dict__)) {
        return;
    }
    const Type *t = VAL_OBJ(o)->type;
    const Type *owner;
    Value attr = type_lookup_owner(t, name, &owner);
    uint32_t kind = AK_NONE;
    if (t == &module_type) {
        // A module global (dict or ROM table) that no module_type attribute shadows.
        Value v = attr == VAL_NULL ? module_lookup(o, name) : VAL_NULL;
        if (v != VAL_NULL) {
            c->type = (const Type *)VAL_OBJ(o);
            c->version = val_dict(module_get_dict(o))->version;
            c->kind = AK_MODULE;
            c->attr = v;
        }
        return;
    }
    if (type_is_heap(t)) {
        const ClassObj *cls = (const ClassObj *)t;
        if (t->native_base != &object_type ||
            (cls->cflags & (CLASS_HAS_GETATTRIBUTE | CLASS_HAS_SETATTR | CLASS_HAS_DELATTR))) {
            return;
        }
        if (attr == VAL_NULL) {
            kind = AK_ABSENT;
        } else if (is_type(attr, &function_type)) {
            kind = AK_FUNC;
        } else if (plain_value(attr)) {
            kind = AK_PLAIN;
        }
    } else if (attr != VAL_NULL && is_type(attr, &builtin_function_type) && !type_is_heap(owner) &&
               !(t->flags & TYPE_FLAG_EXC)) {
        kind = AK_METHOD_CONST;
    }
    if (kind != AK_NONE) {
        c->type = t;
        c->version = t->version;
        c->kind = kind;
        c->attr = attr;
    }
}

Value vm_load_attr_slow(AttrCache *c, Value o, Value name) {
    Value v = obj_getattr(o, name);
    attr_cache_fill(c, o, name);
    return v;
}

void vm_load_method_slow(AttrCache *c, Value o, Value name, Value out[2]) {
    obj_load_method(o, name, out);
    attr_cache_fill(c, o, name);
}

void vm_store_attr_slow(AttrCache *c, Value o, Value name, Value v) {
    obj_setattr(o, name, v);
    attr_cache_fill(c, o, name);
}

static FunctionObj *plain_init_lookup(const Type *cls) {
    if (cls->native_base != &object_type) {
        return NULL;
    }
    const Type *owner;
    Value m = type_lookup_owner(cls, NAME(__new__), &owner);
    if (m != VAL_NULL && type_is_heap(owner)) {
        return NULL;
    }
    Value init = type_lookup_owner(cls, NAME(__init__), &owner);
    if (init == VAL_NULL || !is_type(init, &function_type) || !type_is_heap(owner)) {
        return NULL;
    }
    FunctionObj *fn = (FunctionObj *)VAL_OBJ(init);
    const CodeObj *co = (const CodeObj *)VAL_OBJ(fn->code);
    if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        return NULL;
    }
    return fn;
}

// vm_plain_init's answers, cached by class and class version.
typedef struct {
    const Type *cls;
    uint32_t version;
    FunctionObj *init;
} InitCache;

#define INIT_CACHE_SIZE 64

FunctionObj *vm_plain_init(const Type *cls) {
    InitCache *c = (InitCache *)vm.init_cache;
    if (c == NULL) {
        return plain_init_lookup(cls);
    }
    c += ((uintptr_t)cls >> 4) & (INIT_CACHE_SIZE - 1);
    if (c->cls != cls || c->version != cls->version) {
        c->init = plain_init_lookup(cls);
        c->cls = cls;
        c->version = cls->version;
    }
    return c->init;
}

void vm_init_caches(void) {
    if (vm.attr_caches) {
        vm.init_cache = gc_alloc_noraise(INIT_CACHE_SIZE * sizeof(InitCache), false);
    }
}
