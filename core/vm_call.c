// Calls of Python functions: binding arguments to parameters exactly as
// CPython 3.11 does (same order of checks, same TypeError messages), frame
// set-up on the VM stack, the function_type call slot used when C code
// calls a Python function, and the argument vectors of f(*args, **kwargs).
#include <string.h>
#include "vm_impl.h"
#include "gc.h"
#include "nlr.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"
#include "../hal/hal.h"

// --- error messages ---------------------------------------------------------

static Value fn_qualname(FunctionObj *fn) { return function_qualname(fn); }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" for the names of empty slots.
static Value join_missing(size_t n, const Value *names) {
    Vstr v;
    vstr_init(&v, 32);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            vstr_add_cstr(&v, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        }
        vstr_add_value_str(&v, obj_repr(names[i]));
    }
    return vstr_to_str(&v);
}

static _Noreturn void missing_arguments(FunctionObj *fn, const CodeObj *co, const Value *fast,
                                        bool positional, size_t defcount) {
    size_t start = positional ? 0 : co->argcount;
    size_t end = positional ? co->argcount - defcount : (size_t)co->argcount + co->kwonlyargcount;
    Value names[16];
    size_t n = 0, total = 0;
    TupleObj *vn = val_tuple(co->varnames);
    for (size_t i = start; i < end; i++) {
        if (fast[i] == VAL_NULL) {
            if (n < 16) {
                names[n++] = vn->items[i];
            }
            total++;
        }
    }
    vm_raise(&exc_TypeError_type, "%S() missing %zu required %s argument%s: %S", fn_qualname(fn),
             total, positional ? "positional" : "keyword-only", total == 1 ? "" : "s",
             join_missing(n, names));
}

static _Noreturn void too_many_positional(FunctionObj *fn, const CodeObj *co, size_t given,
                                          const Value *fast) {
    size_t kwonly_given = 0;
    for (size_t i = co->argcount; i < (size_t)co->argcount + co->kwonlyargcount; i++) {
        if (fast[i] != VAL_NULL) {
            kwonly_given++;
        }
    }
    size_t defcount = fn->defaults != VAL_NULL ? val_tuple(fn->defaults)->len : 0;
    Value sig;
    bool plural;
    if (defcount) {
        plural = true;
        sig = str_printf("from %zu to %u", co->argcount - defcount, (unsigned)co->argcount);
    } else {
        plural = co->argcount != 1;
        sig = str_printf("%u", (unsigned)co->argcount);
    }
    Value kwsig = NAME(empty);
    if (kwonly_given) {
        kwsig = str_printf(" positional argument%s (and %zu keyword-only argument%s)",
                           given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    }
    vm_raise(&exc_TypeError_type, "%S() takes %S positional argument%s but %zu%S %s given",
             fn_qualname(fn), sig, plural ? "s" : "", given, kwsig,
             given == 1 && !kwonly_given ? "was" : "were");
}

static _Noreturn void posonly_as_keyword(FunctionObj *fn, const CodeObj *co, Value kwnames) {
    TupleObj *kw = val_tuple(kwnames);
    TupleObj *vn = val_tuple(co->varnames);
    Vstr v;
    vstr_init(&v, 32);
    size_t conflicts = 0;
    for (size_t k = 0; k < co->posonlyargcount; k++) {
        for (size_t j = 0; j < kw->len; j++) {
            if (kw->items[j] == vn->items[k] || str_equal(kw->items[j], vn->items[k])) {
                if (conflicts++ > 0) {
                    vstr_add_cstr(&v, ", ");
                }
                vstr_add_value_str(&v, kw->items[j]);
            }
        }
    }
    // CPython 3.11 says "arguments" whatever the count.
    vm_raise(&exc_TypeError_type,
             "%S() got some positional-only arguments passed as keyword arguments: '%s'",
             fn_qualname(fn), vstr_cstr(&v));
}

static bool has_posonly_conflict(const CodeObj *co, Value kwnames) {
    TupleObj *kw = val_tuple(kwnames);
    TupleObj *vn = val_tuple(co->varnames);
    for (size_t k = 0; k < co->posonlyargcount; k++) {
        for (size_t j = 0; j < kw->len; j++) {
            if (kw->items[j] == vn->items[k] || str_equal(kw->items[j], vn->items[k])) {
                return true;
            }
        }
    }
    return false;
}

// --- binding -------------------------------------------------------------------

void vm_bind_args(FunctionObj *fn, const CodeObj *co, Value *fast, size_t nargs,
                  const Value *args, Value kwnames) {
    size_t argcount = co->argcount;
    size_t total = argcount + co->kwonlyargcount;
    Value kwdict = VAL_NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new();
        fast[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < argcount ? nargs : argcount;
    for (size_t i = 0; i < n; i++) {
        fast[i] = args[i];
    }
    if (co->flags & CO_VARARGS) {
        fast[total] = nargs > n ? tuple_new(nargs - n, args + n) : tuple_empty();
    }
    if (kwnames != VAL_NULL) {
        TupleObj *kw = val_tuple(kwnames);
        TupleObj *vn = val_tuple(co->varnames);
        for (size_t i = 0; i < kw->len; i++) {
            Value key = kw->items[i];
            Value value = args[nargs + i];
            size_t j;
            for (j = co->posonlyargcount; j < total; j++) {
                if (vn->items[j] == key) {
                    goto found;
                }
            }
            for (j = co->posonlyargcount; j < total; j++) {
                if (str_equal(vn->items[j], key)) {
                    goto found;
                }
            }
            if (kwdict == VAL_NULL) {
                if (co->posonlyargcount && has_posonly_conflict(co, kwnames)) {
                    posonly_as_keyword(fn, co, kwnames);
                }
                vm_raise(&exc_TypeError_type, "%S() got an unexpected keyword argument '%S'",
                         fn_qualname(fn), key);
            }
            dict_set(kwdict, key, value);
            continue;
        found:
            if (fast[j] != VAL_NULL) {
                vm_raise(&exc_TypeError_type, "%S() got multiple values for argument '%S'",
                         fn_qualname(fn), key);
            }
            fast[j] = value;
        }
    }
    if (nargs > argcount && !(co->flags & CO_VARARGS)) {
        too_many_positional(fn, co, nargs, fast);
    }
    if (nargs < argcount) {
        size_t defcount = fn->defaults != VAL_NULL ? val_tuple(fn->defaults)->len : 0;
        size_t m = argcount > defcount ? argcount - defcount : 0;
        for (size_t i = nargs; i < m; i++) {
            if (fast[i] == VAL_NULL) {
                missing_arguments(fn, co, fast, true, defcount);
            }
        }
        if (defcount) {
            Value *defs = val_tuple(fn->defaults)->items;
            size_t i = n > m ? n - m : 0;
            for (; i < defcount; i++) {
                if (m + i < argcount && fast[m + i] == VAL_NULL) {
                    fast[m + i] = defs[i];
                }
            }
        }
    }
    if (co->kwonlyargcount > 0) {
        bool missing = false;
        TupleObj *vn = val_tuple(co->varnames);
        for (size_t i = argcount; i < total; i++) {
            if (fast[i] != VAL_NULL) {
                continue;
            }
            if (fn->kwdefaults != VAL_NULL) {
                Value d = dict_get(fn->kwdefaults, vn->items[i]);
                if (d != VAL_NULL) {
                    fast[i] = d;
                    continue;
                }
            }
            missing = true;
        }
        if (missing) {
            missing_arguments(fn, co, fast, false, 0);
        }
    }
}

void vm_init_cells(Frame *f, FunctionObj *fn) {
    const CodeObj *co = f->code;
    size_t nfree = code_nfreevars(co);
    if (nfree == 0 || fn->closure == VAL_NULL) {
        return;
    }
    TupleObj *cl = val_tuple(fn->closure);
    Value *cells = f->fast + co->nlocals + co->ncellvars;
    for (size_t i = 0; i < nfree && i < cl->len; i++) {
        cells[i] = cl->items[i];
    }
}

GlobalCache *vm_function_cache(FunctionObj *fn) {
    FunctionObjX *x = (FunctionObjX *)fn;
    if (x->cache == NULL) {
        const CodeObj *co = (const CodeObj *)VAL_OBJ(fn->code);
        x->cache = vm_alloc_caches(co);
        x->acache = x->cache != NULL && vm.attr_caches
                        ? (AttrCache *)(void *)(x->cache + val_tuple(co->names)->len)
                        : NULL;
    }
    return x->cache;
}

Frame *vm_push_call_frame(FunctionObj *fn, size_t nargs, const Value *args, Value kwnames) {
    const CodeObj *co = (const CodeObj *)VAL_OBJ(fn->code);
    vm_enter_depth();
    GlobalCache *cache = vm_function_cache(fn);
    size_t sz = frame_size(co);
    Frame *f = vm_frame_reserve(sz);
    memset(f, 0, sizeof(Frame) + ((size_t)co->nlocals + frame_ncells(co)) * sizeof(Value));
    frame_setup(f, co, OBJ_VAL(fn), fn->globals, VAL_NULL);
    frame_set_caches(f, cache);
    if (kwnames == VAL_NULL && nargs == co->argcount &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && co->kwonlyargcount == 0) {
        for (size_t i = 0; i < nargs; i++) {
            f->fast[i] = args[i];
        }
    } else {
        vm_bind_args(fn, co, f->fast, nargs, args, kwnames);
    }
    vm_init_cells(f, fn);
    f->prev = vm.cur;
    vm_frame_commit(f, sz);
    vm.cur = f;
    return f;
}

Value vm_call_function(Value fnv, size_t nargs, const Value *args, Value kwnames) {
    FunctionObj *fn = (FunctionObj *)VAL_OBJ(fnv);
    const CodeObj *co = (const CodeObj *)VAL_OBJ(fn->code);
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len == 0) {
        kwnames = VAL_NULL;
    }
    if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        return gen_new(fn, nargs, args, kwnames);
    }
    if (hal_interrupt_pending()) {
        vm_raise_noargs(&exc_KeyboardInterrupt_type);
    }
    Frame *f = vm_push_call_frame(fn, nargs, args, kwnames);
    bool yielded;
    return vm_execute(f, VAL_NULL, &yielded);
}

// --- f(*args, **kwargs) ------------------------------------------------------

// CPython's _PyObject_FunctionStr: "mod.qualname()" or "qualname()".
Value vm_func_desc(Value fn, bool with_module) {
    volatile Value qn = VAL_NULL, mod = VAL_NULL;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        qn = obj_getattr_opt(fn, NAME(__qualname__));
        if (with_module) {
            mod = obj_getattr_opt(fn, NAME(__module__));
        }
        nlr_pop();
    }
    if (qn == VAL_NULL && is_type(fn, &builtin_function_type)) {
        qn = ((const BuiltinFn *)VAL_OBJ(fn))->name;
    }
    if (qn == VAL_NULL || !val_is_str(qn)) {
        return obj_str(fn);
    }
    if (mod != VAL_NULL && val_is_str(mod) && !str_equal(mod, NAME(builtins))) {
        return str_printf("%S.%S()", mod, qn);
    }
    return str_printf("%S()", qn);
}

size_t vm_prepare_call_ex(Value fn, Value args, Value kwargs, Value **argv, Value *kwnames) {
    if (!is_type(args, &tuple_type)) {
        if (is_type(args, &list_type)) {
            ListObj *l = val_list(args);
            args = tuple_new(l->len, l->items);
        } else {
            if (!vm_is_iterable(args)) {
                vm_raise(&exc_TypeError_type, "%S argument after * must be an iterable, not %s",
                         vm_func_desc(fn, true), val_type_name(args));
            }
            args = tuple_from_iter(args);
        }
    }
    TupleObj *a = val_tuple(args);
    size_t nkw = 0;
    if (kwargs != VAL_NULL) {
        if (!is_type(kwargs, &dict_type)) {
            Value d = dict_new();
            vm_dict_merge(d, kwargs, fn);
            kwargs = d;
        }
        nkw = dict_len(kwargs);
    }
    // One spare slot before the arguments lets a bound method put self there.
    Value *arr = (Value *)gc_alloc((1 + a->len + nkw) * sizeof(Value), false);
    memcpy(arr + 1, a->items, a->len * sizeof(Value));
    *kwnames = VAL_NULL;
    if (nkw > 0) {
        Value names = tuple_new(nkw, NULL);
        TupleObj *nt = val_tuple(names);
        size_t i = 0;
        Value k, v;
        for (size_t pos = 0; dict_next(kwargs, &pos, &k, &v) && i < nkw; i++) {
            if (!val_is_str(k)) {
                vm_raise(&exc_TypeError_type, "keywords must be strings");
            }
            nt->items[i] = str_intern_value(k);
            arr[1 + a->len + i] = v;
        }
        *kwnames = names;
    }
    *argv = arr + 1;
    return a->len;
}

Value vm_call_ex(Value fn, Value args, Value kwargs) {
    Value *argv, kwnames;
    size_t n = vm_prepare_call_ex(fn, args, kwargs, &argv, &kwnames);
    return obj_call(fn, n, argv, kwnames);
}
