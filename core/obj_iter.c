// The builtin iterator types (enumerate, zip, map, filter, reversed), the
// callable iterator behind iter(f, sentinel), and the small pieces every
// container and iterator type shares: the `<X object at 0x...>` repr, the
// __iter__/__next__ methods of iterators, the repr recursion guard, and
// wrapping the built-in part of a subclass instance.
//
// Iterator slots return VAL_NULL when exhausted; only the __next__ method
// turns that into StopIteration. Once exhausted, an iterator drops its
// source (so it stays exhausted and the source can be collected).
#include "gc.h"
#include "nlr.h"
#include "obj_cont.h"
#include "print.h"
#include "vm.h"
#include "vm_raise.h"

// --- shared pieces ----------------------------------------------------------

Value iter_repr_addr(Value self) {
    return str_printf("<%s object at %p>", type_name_cstr(type_of(self)), (void *)VAL_OBJ(self));
}

Value iter_getiter_self(Value self) { return self; }

static Value iter_self_m(size_t nargs, const Value *args) {
    (void)nargs;
    return args[0];
}

static Value iter_next_m(size_t nargs, const Value *args) {
    (void)nargs;
    const Type *t = type_of(args[0]);
    Value v = t->iternext ? t->iternext(args[0]) : obj_iternext(args[0]);
    if (v == VAL_NULL) {
        vm_raise_noargs(&exc_StopIteration_type);
    }
    return v;
}

BUILTIN_FN(iter_self_obj, __iter__, 1, 1, iter_self_m);
BUILTIN_FN(iter_next_obj, __next__, 1, 1, iter_next_m);

static const AttrEntry iter_attrs[] = {
    {NAME(__iter__), OBJ_VAL(&iter_self_obj)},
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

#define ITER_TYPE_FIELDS(pyname, next)           \
    .base = {&type_type},                        \
    .name = NAME(pyname),                        \
    .flags = TYPE_FLAG_ITER_SELF,                \
    .base_type = &object_type,                   \
    .repr = iter_repr_addr,                      \
    .getiter = iter_getiter_self,                \
    .iternext = next,                            \
    .attrs = iter_attrs,                         \
    .nattrs = sizeof(iter_attrs) / sizeof(iter_attrs[0])

// Objects whose repr is in progress, innermost first (nodes live on the C
// stack of repr_guarded).
typedef struct ReprFrame {
    Value obj;
    struct ReprFrame *prev;
} ReprFrame;

static ReprFrame *repr_top;
static int repr_depth;

#if UINTPTR_MAX > 0xFFFFFFFFu
#define REPR_MAX_DEPTH 1000
#else
#define REPR_MAX_DEPTH 100
#endif

Value repr_guarded(Value self, Value (*body)(Value self), const char *recursive) {
    for (ReprFrame *f = repr_top; f != NULL; f = f->prev) {
        if (f->obj == self) {
            return str_new_cstr(recursive);
        }
    }
    if (repr_depth >= REPR_MAX_DEPTH) {
        vm_raise(&exc_RecursionError_type,
                 "maximum recursion depth exceeded while getting the repr of an object");
    }
    // Nested containers recurse in C: on a board the C stack may end first.
    vm_check_c_stack();
    ReprFrame frame = {self, repr_top};
    repr_top = &frame;
    repr_depth++;
    volatile Value r = VAL_NULL;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        r = body(self);
        nlr_pop();
    } else {
        repr_top = frame.prev;
        repr_depth--;
        nlr_jump(nb.exc);
    }
    repr_top = frame.prev;
    repr_depth--;
    return r;
}

Value cont_wrap_native(const Type *t, const Type *builtin, Value native) {
    if (t == builtin || !(t->flags & TYPE_FLAG_HEAP)) {
        return native;
    }
    InstanceObj *o = (InstanceObj *)gc_alloc_obj(sizeof(InstanceObj), t);
    o->dict = VAL_NULL;
    o->native = native;
    return OBJ_VAL(o);
}

// Runs obj_getitem(seq, i); false (and no exception) on IndexError or
// StopIteration, which end a __getitem__-driven iteration.
static bool getitem_or_end(Value seq, Value i, Value *out) {
    NlrBuf nb;
    volatile Value r = VAL_NULL;
    if (nlr_push(&nb) == 0) {
        r = obj_getitem(seq, i);
        nlr_pop();
    } else {
        if (obj_isinstance(nb.exc, &exc_IndexError_type) ||
            obj_isinstance(nb.exc, &exc_StopIteration_type)) {
            return false;
        }
        nlr_jump(nb.exc);
    }
    *out = r;
    return true;
}

// --- iter(callable, sentinel) -------------------------------------------

typedef struct {
    Obj base;
    Value callable;     // VAL_NULL once exhausted
    Value sentinel;
} CallIterObj;

Value calliter_new(Value callable, Value sentinel) {
    CallIterObj *it = (CallIterObj *)gc_alloc_obj(sizeof(CallIterObj), &callable_iterator_type);
    it->callable = callable;
    it->sentinel = sentinel;
    return OBJ_VAL(it);
}

static Value calliter_next(Value self) {
    CallIterObj *it = (CallIterObj *)VAL_OBJ(self);
    if (it->callable == VAL_NULL) {
        return VAL_NULL;
    }
    NlrBuf nb;
    volatile Value r = VAL_NULL;
    if (nlr_push(&nb) == 0) {
        r = obj_call0(it->callable);
        nlr_pop();
    } else {
        if (obj_isinstance(nb.exc, &exc_StopIteration_type)) {
            it->callable = VAL_NULL;
            return VAL_NULL;
        }
        nlr_jump(nb.exc);
    }
    if (obj_eq(it->sentinel, r)) {
        it->callable = VAL_NULL;
        return VAL_NULL;
    }
    return r;
}

const Type callable_iterator_type = {ITER_TYPE_FIELDS(callable_iterator, calliter_next)};

// --- enumerate --------------------------------------------------------------

typedef struct {
    Obj base;
    Value iter;     // VAL_NULL once exhausted
    Value count;    // int
} EnumerateObj;

static Value enumerate_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    static const ArgSpec spec[] = {
        {NAME(iterable), true, false, VAL_NULL},
        {NAME(start), false, false, VAL_NULL},
    };
    Value out[2];
    size_t nkw = kwnames != VAL_NULL ? val_tuple(kwnames)->len : 0;
    bool has_iterable = nargs > 0;
    for (size_t i = 0; i < nkw; i++) {
        has_iterable |= val_tuple(kwnames)->items[i] == NAME(iterable);
    }
    if (!has_iterable) {
        vm_raise(&exc_TypeError_type, "enumerate() missing required argument 'iterable'");
    }
    args_parse("enumerate", nargs, args, kwnames, 2, spec, out);
    Value start = val_from_small_int(0);
    if (out[1] != VAL_NULL) {
        start = int_coerce(out[1]);
        if (start == VAL_NULL) {
            start = int_from_i64(obj_index(out[1]));
        }
    }
    Value it = obj_getiter(out[0]);
    EnumerateObj *e = (EnumerateObj *)gc_alloc_obj(sizeof(EnumerateObj), &enumerate_type);
    e->iter = it;
    e->count = start;
    return OBJ_VAL(e);
}

static Value enumerate_next(Value self) {
    EnumerateObj *e = (EnumerateObj *)VAL_OBJ(self);
    if (e->iter == VAL_NULL) {
        return VAL_NULL;
    }
    Value item = obj_iternext(e->iter);
    if (item == VAL_NULL) {
        e->iter = VAL_NULL;
        return VAL_NULL;
    }
    Value n = e->count;
    if (val_is_small_int(n) && val_small_int(n) < SMALL_INT_MAX) {
        e->count = val_from_small_int(val_small_int(n) + 1);
    } else {
        e->count = obj_binary_op(BINOP_ADD, n, val_from_small_int(1));
    }
    Value t = tuple_alloc(2);
    val_tuple(t)->items[0] = n;
    val_tuple(t)->items[1] = item;
    return t;
}

const Type enumerate_type = {ITER_TYPE_FIELDS(enumerate, enumerate_next),
                             .make_new = enumerate_make_new};

// --- zip --------------------------------------------------------------------

typedef struct {
    Obj base;
    Value iters;    // tuple of iterators; VAL_NULL once exhausted
    bool strict;
} ZipObj;

static Value zip_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    bool strict = false;
    if (kwnames != VAL_NULL) {
        TupleObj *kw = val_tuple(kwnames);
        for (size_t i = 0; i < kw->len; i++) {
            if (kw->items[i] != NAME(strict)) {
                vm_raise(&exc_TypeError_type, "'%S' is an invalid keyword argument for zip()",
                         kw->items[i]);
            }
            strict = obj_truthy(args[nargs + i]);
        }
    }
    Value iters = tuple_alloc(nargs);
    for (size_t i = 0; i < nargs; i++) {
        val_tuple(iters)->items[i] = obj_getiter(args[i]);
    }
    ZipObj *z = (ZipObj *)gc_alloc_obj(sizeof(ZipObj), &zip_type);
    z->iters = iters;
    z->strict = strict;
    return OBJ_VAL(z);
}

_Noreturn static void zip_length_error(size_t i, const char *how) {
    vm_raise(&exc_ValueError_type, "zip() argument %zu is %s than argument%s%zu", i + 1, how,
             i == 1 ? " " : "s 1-", i);
}

static Value zip_next(Value self) {
    ZipObj *z = (ZipObj *)VAL_OBJ(self);
    if (z->iters == VAL_NULL) {
        return VAL_NULL;
    }
    TupleObj *its = val_tuple(z->iters);
    size_t n = its->len;
    if (n == 0) {
        return VAL_NULL;
    }
    Value result = tuple_alloc(n);
    for (size_t i = 0; i < n; i++) {
        Value item = obj_iternext(its->items[i]);
        if (item == VAL_NULL) {
            z->iters = VAL_NULL;
            if (z->strict) {
                if (i > 0) {
                    zip_length_error(i, "shorter");
                }
                for (size_t j = 1; j < n; j++) {
                    if (obj_iternext(its->items[j]) != VAL_NULL) {
                        zip_length_error(j, "longer");
                    }
                }
            }
            return VAL_NULL;
        }
        val_tuple(result)->items[i] = item;
    }
    return result;
}

const Type zip_type = {ITER_TYPE_FIELDS(zip, zip_next), .make_new = zip_make_new};

// --- map --------------------------------------------------------------------

typedef struct {
    Obj base;
    Value func;
    Value iters;    // tuple of iterators; VAL_NULL once exhausted
} MapObj;

static Value map_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0) {
        vm_raise(&exc_TypeError_type, "map() takes no keyword arguments");
    }
    if (nargs < 2) {
        vm_raise(&exc_TypeError_type, "map() must have at least two arguments.");
    }
    Value iters = tuple_alloc(nargs - 1);
    for (size_t i = 1; i < nargs; i++) {
        val_tuple(iters)->items[i - 1] = obj_getiter(args[i]);
    }
    MapObj *m = (MapObj *)gc_alloc_obj(sizeof(MapObj), &map_type);
    m->func = args[0];
    m->iters = iters;
    return OBJ_VAL(m);
}

static Value map_next(Value self) {
    MapObj *m = (MapObj *)VAL_OBJ(self);
    if (m->iters == VAL_NULL) {
        return VAL_NULL;
    }
    TupleObj *its = val_tuple(m->iters);
    size_t n = its->len;
    Value small[4];
    Value *items = n <= 4 ? small : gc_alloc(n * sizeof(Value), false);
    for (size_t i = 0; i < n; i++) {
        items[i] = obj_iternext(its->items[i]);
        if (items[i] == VAL_NULL) {
            m->iters = VAL_NULL;
            return VAL_NULL;
        }
    }
    return obj_call(m->func, n, items, VAL_NULL);
}

const Type map_type = {ITER_TYPE_FIELDS(map, map_next), .make_new = map_make_new};

// --- filter -----------------------------------------------------------------

typedef struct {
    Obj base;
    Value func;     // None: keep truthy items
    Value iter;     // VAL_NULL once exhausted
} FilterObj;

static Value filter_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0) {
        vm_raise(&exc_TypeError_type, "filter() takes no keyword arguments");
    }
    if (nargs != 2) {
        vm_raise(&exc_TypeError_type, "filter expected 2 arguments, got %zu", nargs);
    }
    Value it = obj_getiter(args[1]);
    FilterObj *f = (FilterObj *)gc_alloc_obj(sizeof(FilterObj), &filter_type);
    f->func = args[0];
    f->iter = it;
    return OBJ_VAL(f);
}

static Value filter_next(Value self) {
    FilterObj *f = (FilterObj *)VAL_OBJ(self);
    if (f->iter == VAL_NULL) {
        return VAL_NULL;
    }
    for (;;) {
        Value item = obj_iternext(f->iter);
        if (item == VAL_NULL) {
            f->iter = VAL_NULL;
            return VAL_NULL;
        }
        bool keep = (f->func == VAL_NONE || f->func == OBJ_VAL(&bool_type))
                        ? obj_truthy(item)
                        : obj_truthy(obj_call1(f->func, item));
        if (keep) {
            return item;
        }
    }
}

const Type filter_type = {ITER_TYPE_FIELDS(filter, filter_next), .make_new = filter_make_new};

// --- reversed ---------------------------------------------------------------

typedef struct {
    Obj base;
    Value seq;          // VAL_NULL once exhausted
    intptr_t index;     // next index to fetch
} ReversedObj;

Value reversed_of(Value o) {
    const Type *t = type_of(o);
    Value meth = type_lookup(t, NAME(__reversed__));
    if (meth == VAL_NONE) {
        vm_raise(&exc_TypeError_type, "'%T' object is not reversible", o);
    }
    if (meth != VAL_NULL) {
        return obj_call_method0(o, NAME(__reversed__));
    }
    bool seq = (t->flags & TYPE_FLAG_HEAP) ? type_lookup(t, NAME(__getitem__)) != VAL_NULL
                                           : t->subscr != NULL;
    if (!seq || obj_isinstance(o, &dict_type)) {
        vm_raise(&exc_TypeError_type, "'%T' object is not reversible", o);
    }
    size_t n = obj_len(o);
    ReversedObj *r = (ReversedObj *)gc_alloc_obj(sizeof(ReversedObj), &reversed_type);
    r->seq = o;
    r->index = (intptr_t)n - 1;
    return OBJ_VAL(r);
}

static Value reversed_make_new(const Type *t, size_t nargs, const Value *args, Value kwnames) {
    (void)t;
    if (kwnames != VAL_NULL && val_tuple(kwnames)->len > 0) {
        vm_raise(&exc_TypeError_type, "reversed() takes no keyword arguments");
    }
    if (nargs != 1) {
        vm_raise(&exc_TypeError_type, "reversed expected 1 argument, got %zu", nargs);
    }
    return reversed_of(args[0]);
}

static Value reversed_next(Value self) {
    ReversedObj *r = (ReversedObj *)VAL_OBJ(self);
    if (r->seq == VAL_NULL) {
        return VAL_NULL;
    }
    if (r->index >= 0) {
        Value v;
        if (is_type(r->seq, &tuple_type)) {
            TupleObj *t = val_tuple(r->seq);
            if ((size_t)r->index < t->len) {
                return t->items[r->index--];
            }
        } else if (getitem_or_end(r->seq, val_from_small_int(r->index), &v)) {
            r->index--;
            return v;
        }
    }
    r->index = -1;
    r->seq = VAL_NULL;
    return VAL_NULL;
}

static Value reversed_length_hint(size_t nargs, const Value *args) {
    (void)nargs;
    ReversedObj *r = (ReversedObj *)VAL_OBJ(args[0]);
    if (r->seq == VAL_NULL) {
        return val_from_small_int(0);
    }
    size_t n = obj_len(r->seq);
    return val_from_small_int((size_t)(r->index + 1) <= n ? r->index + 1 : 0);
}

static BUILTIN_FN(reversed_length_hint_obj, __length_hint__, 1, 1, reversed_length_hint);

static const AttrEntry reversed_attrs[] = {
    {NAME(__iter__), OBJ_VAL(&iter_self_obj)},
    {NAME(__length_hint__), OBJ_VAL(&reversed_length_hint_obj)},
    {NAME(__next__), OBJ_VAL(&iter_next_obj)},
};

const Type reversed_type = {
    .base = {&type_type},
    .name = NAME(reversed),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .make_new = reversed_make_new,
    .repr = iter_repr_addr,
    .getiter = iter_getiter_self,
    .iternext = reversed_next,
    .attrs = reversed_attrs,
    .nattrs = sizeof(reversed_attrs) / sizeof(reversed_attrs[0]),
};
