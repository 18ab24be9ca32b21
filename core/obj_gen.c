// Generators, coroutines and async generators. A generator owns its frame
// (allocated with it in one GC block) and resumes it with vm_execute, which
// returns at each yield. The generator also saves the exception it was
// handling when it suspended, so sys.exc_info() inside and outside it stay
// separate as in CPython. `yield from`/`await` delegation lives here too:
// gen_send_any is what YIELD_FROM calls, and throw()/close() pass through
// to the innermost delegate first. Async generators wrap the values of
// their `yield`s so the awaitables returned by __anext__/asend/athrow can
// tell them apart from what an `await` inside passes up to the event loop.
#include <string.h>
#include "vm_impl.h"
#include "gc.h"
#include "nlr.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

#define CO_ITERABLE_COROUTINE 0x0100

static const Type agen_asend_type, agen_athrow_type, agen_wrapped_type;

static const char *gen_kind(const GenObj *g) {
    const Type *t = g->base.type;
    return t == &coroutine_type ? "coroutine" : t == &async_generator_type ? "async generator"
                                                                            : "generator";
}

Value gen_new(FunctionObj *fn, size_t nargs, const Value *args, Value kwnames) {
    const CodeObj *co = (const CodeObj *)VAL_OBJ(fn->code);
    GlobalCache *cache = vm_function_cache(fn);
    size_t fsz = frame_size(co);
    const Type *t = (co->flags & CO_COROUTINE) ? &coroutine_type
                    : (co->flags & CO_ASYNC_GENERATOR) ? &async_generator_type
                                                       : &generator_type;
    GenObj *g = (GenObj *)gc_alloc_obj(sizeof(GenObj) + fsz, t);
    Frame *f = (Frame *)(void *)(g + 1);
    frame_setup(f, co, OBJ_VAL(fn), fn->globals, VAL_NULL);
    f->flags = FRAME_HEAP;
    frame_set_caches(f, cache);
    vm_bind_args(fn, co, f->fast, nargs, args, kwnames);
    vm_init_cells(f, fn);
    g->frame = f;
    g->name = function_name(fn);
    g->qualname = function_qualname(fn);
    g->code = fn->code;
    g->state = GEN_CREATED;
    return OBJ_VAL(g);
}

static _Noreturn void raise_running(GenObj *g) {
    vm_raise(&exc_ValueError_type, "%s already executing", gen_kind(g));
}

static bool frame_in_handler(const Frame *f) {
    for (size_t i = 0; i < f->nblocks; i++) {
        if (f->blocks[i].kind == BLOCK_EXCEPT_HANDLER) {
            return true;
        }
    }
    return false;
}

static void gen_finish(GenObj *g) {
    g->state = GEN_CLOSED;
    g->frame = NULL;
    g->handled = VAL_NULL;
}

// Runs the generator's frame: pushes `push` first (the sent value) unless
// VAL_NULL, or raises `exc` inside it.
static Value gen_run(GenObj *g, Value push, Value exc, bool *returned) {
    Frame *f = g->frame;
    vm_enter_depth();
    if (push != VAL_NULL) {
        *f->sp++ = push;
    }
    f->flags &= (uint8_t)~(FRAME_IN_YIELD_FROM | FRAME_GEN_INLINE);
    f->prev = vm.cur;
    vm.cur = f;
    vm.depth++;
    g->outer_handled = vm.handled;
    if (g->handled != VAL_NULL) {
        vm.handled = g->handled;
    }
    g->state = GEN_RUNNING;
    // An exception leaving the frame goes through gen_frame_failed (called
    // by the unwinder), so no protected region is needed here.
    bool yielded;
    Value r = vm_execute(f, exc, &yielded);
    if (yielded) {
        g->state = GEN_SUSPENDED;
        g->handled = frame_in_handler(f) ? vm.handled : VAL_NULL;
    } else {
        gen_finish(g);
    }
    vm.handled = g->outer_handled;
    g->outer_handled = VAL_NULL;
    *returned = !yielded;
    return r;
}

void gen_enter_inline(Value gv, Frame *parent) {
    GenObj *g = (GenObj *)VAL_OBJ(gv);
    if (g->state == GEN_RUNNING) {
        raise_running(g);
    }
    Frame *f = g->frame;
    vm_enter_depth();
    if (g->state == GEN_SUSPENDED) {
        *f->sp++ = VAL_NONE;
    }
    f->flags = (uint8_t)((f->flags & ~FRAME_IN_YIELD_FROM) | FRAME_GEN_INLINE);
    f->prev = parent;
    vm.cur = f;
    vm.depth++;
    g->outer_handled = vm.handled;
    if (g->handled != VAL_NULL) {
        vm.handled = g->handled;
    }
    g->state = GEN_RUNNING;
}

void gen_leave_inline(Frame *f, bool finished) {
    GenObj *g = (GenObj *)(void *)f - 1;
    if (finished) {
        gen_finish(g);
    } else {
        g->state = GEN_SUSPENDED;
        g->handled = frame_in_handler(f) ? vm.handled : VAL_NULL;
    }
    vm.handled = g->outer_handled;
    g->outer_handled = VAL_NULL;
}

Value gen_frame_failed(Frame *f, Value e) {
    GenObj *g = (GenObj *)(void *)f - 1;
    gen_finish(g);
    vm.handled = g->outer_handled;
    g->outer_handled = VAL_NULL;
    bool agen = g->base.type == &async_generator_type;
    if (obj_isinstance(e, &exc_StopIteration_type) ||
        (agen && obj_isinstance(e, &exc_StopAsyncIteration_type))) {
        // This runs inside the unwinder, which must not be left by a raise:
        // if building the RuntimeError fails, propagate that failure.
        NlrBuf nb;
        if (nlr_push(&nb) == 0) {
            Value msg = str_printf("%s raised %s", gen_kind(g),
                                   obj_isinstance(e, &exc_StopIteration_type) ? "StopIteration"
                                                                              : "StopAsyncIteration");
            Value r = exc_new_msg(&exc_RuntimeError_type, msg);
            nlr_pop();
            ExcObj *x = exc_get(r);
            x->cause = e;
            x->context = e;
            x->suppress_context = true;
            return r;
        }
        return nb.exc;
    }
    return e;
}

Value gen_yieldfrom(GenObj *g) {
    if (g->state != GEN_SUSPENDED || g->frame == NULL || !(g->frame->flags & FRAME_IN_YIELD_FROM)) {
        return VAL_NULL;
    }
    return g->frame->sp[-1];
}

static Value gen_throw_impl(GenObj *g, Value exc, bool *returned);

Value gen_resume(Value gv, Value send, Value exc, bool *returned) {
    GenObj *g = (GenObj *)VAL_OBJ(gv);
    if (g->state == GEN_RUNNING) {
        raise_running(g);
    }
    if (g->state == GEN_CLOSED) {
        if (exc != VAL_NULL) {
            nlr_jump(exc);
        }
        if (g->base.type == &coroutine_type) {
            vm_raise(&exc_RuntimeError_type, "cannot reuse already awaited coroutine");
        }
        *returned = true;
        return VAL_NONE;
    }
    if (exc != VAL_NULL) {
        return gen_throw_impl(g, exc, returned);
    }
    if (g->state == GEN_CREATED) {
        if (send != VAL_NONE) {
            vm_raise(&exc_TypeError_type, "can't send non-None value to a just-started %s",
                     gen_kind(g));
        }
        return gen_run(g, VAL_NULL, VAL_NULL, returned);
    }
    return gen_run(g, send, VAL_NULL, returned);
}

// Calls `close` of a delegate (generator or any object with close()).
static void close_iter(Value it);

// close_iter under protection: the exception it raised, or VAL_NULL.
static Value close_iter_catch(Value it) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        close_iter(it);
        nlr_pop();
        return VAL_NULL;
    }
    return nb.exc;
}

// gen_resume under protection: VAL_NULL with *err set if it raised.
static Value resume_catch(Value gen, Value v, Value exc, bool *returned, Value *err) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value r = gen_resume(gen, v, exc, returned);
        nlr_pop();
        return r;
    }
    *err = nb.exc;
    return VAL_NULL;
}

static Value gen_throw_impl(GenObj *g, Value exc, bool *returned) {
    Value yf = gen_yieldfrom(g);
    if (yf != VAL_NULL) {
        if (obj_isinstance(exc, &exc_GeneratorExit_type)) {
            g->state = GEN_RUNNING;
            Value err = close_iter_catch(yf);
            g->state = GEN_SUSPENDED;
            return gen_run(g, VAL_NULL, err != VAL_NULL ? err : exc, returned);
        }
        volatile Value r = VAL_NULL;   // volatile: set between nlr_push and a jump
        bool done = false;
        volatile bool delegated = true;
        g->state = GEN_RUNNING;
        NlrBuf nb;
        if (nlr_push(&nb) == 0) {
            if (vm_is_gen(yf) || is_type(yf, &async_generator_type)) {
                r = gen_resume(yf, VAL_NONE, exc, &done);
            } else {
                Value m = obj_getattr_opt(yf, NAME(throw));
                if (m == VAL_NULL) {
                    delegated = false;
                } else {
                    NlrBuf nb2;
                    if (nlr_push(&nb2) == 0) {
                        r = obj_call1(m, exc);
                        nlr_pop();
                    } else if (obj_isinstance(nb2.exc, &exc_StopIteration_type)) {
                        r = vm_stop_iteration_value(nb2.exc);
                        done = true;
                    } else {
                        nlr_jump(nb2.exc);
                    }
                }
            }
            nlr_pop();
        } else {
            // The delegate raised: raise that in this generator at the yield from.
            g->state = GEN_SUSPENDED;
            return gen_run(g, VAL_NULL, nb.exc, returned);
        }
        g->state = GEN_SUSPENDED;
        if (delegated) {
            if (!done) {
                *returned = false;
                return r;
            }
            // The delegate finished: YIELD_FROM's result is its value.
            Frame *f = g->frame;
            f->sp[-1] = r;
            f->ip += 1;
            f->flags &= (uint8_t)~FRAME_IN_YIELD_FROM;
            return gen_run(g, VAL_NULL, VAL_NULL, returned);
        }
    }
    if (g->state == GEN_CREATED) {
        // Throwing into a generator that never ran: it ends at once.
        gen_finish(g);
        nlr_jump(exc);
    }
    return gen_run(g, VAL_NULL, exc, returned);
}

// Normalises throw(typ[, val[, tb]]) arguments into an exception instance.
static Value throw_args(size_t n, const Value *a) {
    Value typ = a[0];
    Value val = n > 1 ? a[1] : VAL_NONE;
    Value tb = n > 2 ? a[2] : VAL_NONE;
    if (tb != VAL_NONE && !is_type(tb, &traceback_type)) {
        vm_raise(&exc_TypeError_type, "throw() third argument must be a traceback object");
    }
    Value exc;
    if (val_is_type(typ) && type_is_subtype(val_as_type(typ), &exc_BaseException_type)) {
        if (val != VAL_NONE && obj_isinstance(val, val_as_type(typ))) {
            exc = val;
        } else if (val == VAL_NONE) {
            exc = obj_call0(typ);
        } else if (is_type(val, &tuple_type)) {
            exc = obj_call(typ, val_tuple(val)->len, val_tuple(val)->items, VAL_NULL);
        } else {
            exc = obj_call1(typ, val);
        }
    } else if (obj_isinstance(typ, &exc_BaseException_type)) {
        if (val != VAL_NONE) {
            vm_raise(&exc_TypeError_type, "instance exception may not have a separate value");
        }
        exc = typ;
    } else {
        vm_raise(&exc_TypeError_type,
                 "exceptions must be classes or instances deriving from BaseException, not %s",
                 val_type_name(typ));
    }
    if (tb != VAL_NONE) {
        exc_get(exc)->traceback = tb;
    }
    return exc;
}

static _Noreturn void raise_stop(Value v) {
    if (v == VAL_NONE) {
        vm_raise_noargs(&exc_StopIteration_type);
    }
    vm_raise_obj(exc_new(&exc_StopIteration_type, 1, &v));
}

static Value gen_close_impl(GenObj *g) {
    if (g->state == GEN_RUNNING) {
        raise_running(g);
    }
    if (g->state == GEN_CREATED) {
        gen_finish(g);
        return VAL_NONE;
    }
    if (g->state == GEN_CLOSED) {
        return VAL_NONE;
    }
    NlrBuf nb;
    bool returned = false;
    if (nlr_push(&nb) == 0) {
        gen_throw_impl(g, exc_new(&exc_GeneratorExit_type, 0, NULL), &returned);
        nlr_pop();
    } else {
        if (obj_isinstance(nb.exc, &exc_GeneratorExit_type) ||
            obj_isinstance(nb.exc, &exc_StopIteration_type)) {
            return VAL_NONE;
        }
        nlr_jump(nb.exc);
    }
    if (!returned) {
        vm_raise(&exc_RuntimeError_type, "%s ignored GeneratorExit", gen_kind(g));
    }
    return VAL_NONE;
}

static void close_iter(Value it) {
    if (vm_is_gen(it)) {
        gen_close_impl((GenObj *)VAL_OBJ(it));
        return;
    }
    Value m = obj_getattr_opt(it, NAME(close));
    if (m != VAL_NULL) {
        obj_call0(m);
    }
}

// --- what YIELD_FROM and GET_AWAITABLE call -------------------------------------

static bool agen_await_send(Value self, Value v, Value exc, Value *out);

Value gen_send_any(Value it, Value v, bool *returned) {
    if (vm_is_gen(it)) {
        return gen_resume(it, v, VAL_NULL, returned);
    }
    if (is_type(it, &coroutine_wrapper_type)) {
        return gen_resume(((WrapperObj *)VAL_OBJ(it))->func, v, VAL_NULL, returned);
    }
    if (is_type(it, &agen_asend_type) || is_type(it, &agen_athrow_type)) {
        Value r;
        *returned = agen_await_send(it, v, VAL_NULL, &r);
        return r;
    }
    NlrBuf nb;
    Value r;
    if (nlr_push(&nb) == 0) {
        const Type *t = type_of(it);
        if (v == VAL_NONE && !type_is_heap(t) && t->iternext != NULL) {
            r = t->iternext(it);
            nlr_pop();
            *returned = r == VAL_NULL;
            return r == VAL_NULL ? VAL_NONE : r;
        }
        if (v == VAL_NONE) {
            r = obj_call_method_opt(it, NAME(__next__), 0, NULL);
            if (r == VAL_NULL) {
                vm_raise(&exc_TypeError_type, "'%s' object is not an iterator", type_name_cstr(t));
            }
        } else {
            r = obj_call_method1(it, NAME(send), v);
        }
        nlr_pop();
        *returned = false;
        return r;
    }
    if (obj_isinstance(nb.exc, &exc_StopIteration_type)) {
        *returned = true;
        return vm_stop_iteration_value(nb.exc);
    }
    nlr_jump(nb.exc);
}

Value gen_get_awaitable(Value o) {
    if (is_type(o, &coroutine_type)) {
        if (gen_yieldfrom((GenObj *)VAL_OBJ(o)) != VAL_NULL) {
            vm_raise(&exc_RuntimeError_type, "coroutine is being awaited already");
        }
        return o;
    }
    if (is_type(o, &generator_type)) {
        const CodeObj *co = (const CodeObj *)VAL_OBJ(((GenObj *)VAL_OBJ(o))->code);
        if (co->flags & CO_ITERABLE_COROUTINE) {
            return o;
        }
    }
    const Type *t = type_of(o);
    if (type_lookup(t, NAME(__await__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "object %s can't be used in 'await' expression",
                 type_name_cstr(t));
    }
    Value r = obj_call_method0(o, NAME(__await__));
    if (is_type(r, &coroutine_type)) {
        vm_raise(&exc_TypeError_type, "__await__() returned a coroutine");
    }
    const Type *rt = type_of(r);
    if (rt->iternext == NULL && type_lookup(rt, NAME(__next__)) == VAL_NULL) {
        vm_raise(&exc_TypeError_type, "__await__() returned non-iterator of type '%s'",
                 type_name_cstr(rt));
    }
    return r;
}

// --- generator methods ----------------------------------------------------------

static GenObj *gen_arg(Value v, const Type *t) {
    if (!is_type(v, t)) {
        vm_raise(&exc_TypeError_type, "descriptor requires a '%s' object but received a '%s'",
                 type_name_cstr(t), val_type_name(v));
    }
    return (GenObj *)VAL_OBJ(v);
}

static Value send_common(Value self, Value v) {
    bool returned;
    Value r = gen_resume(self, v, VAL_NULL, &returned);
    if (returned) {
        raise_stop(r);
    }
    return r;
}

static Value throw_common(Value self, size_t n, const Value *a) {
    bool returned;
    Value r = gen_resume(self, VAL_NONE, throw_args(n, a), &returned);
    if (returned) {
        raise_stop(r);
    }
    return r;
}

static Value gen_send_m(size_t n, const Value *a) {
    (void)n;
    gen_arg(a[0], &generator_type);
    return send_common(a[0], a[1]);
}
static Value gen_throw_m(size_t n, const Value *a) {
    gen_arg(a[0], &generator_type);
    return throw_common(a[0], n - 1, a + 1);
}
static Value gen_close_m(size_t n, const Value *a) {
    (void)n;
    return gen_close_impl(gen_arg(a[0], &generator_type));
}
static Value gen_next_m(size_t n, const Value *a) {
    (void)n;
    gen_arg(a[0], &generator_type);
    return send_common(a[0], VAL_NONE);
}
static Value gen_iter_m(size_t n, const Value *a) {
    (void)n;
    return a[0];
}
static BUILTIN_FN(gen_send_obj, send, 2, 2, gen_send_m);
static BUILTIN_FN(gen_throw_obj, throw, 2, 4, gen_throw_m);
static BUILTIN_FN(gen_close_obj, close, 1, 1, gen_close_m);
static BUILTIN_FN(gen_next_obj, __next__, 1, 1, gen_next_m);
static BUILTIN_FN(gen_iter_obj, __iter__, 1, 1, gen_iter_m);

static Value gen_iternext(Value self) {
    bool returned;
    Value r = gen_resume(self, VAL_NONE, VAL_NULL, &returned);
    return returned ? VAL_NULL : r;
}

static Value gen_getiter(Value self) { return self; }

static Value gen_repr(Value self) {
    GenObj *g = (GenObj *)VAL_OBJ(self);
    return str_printf("<%s object %S at %p>", gen_kind(g), g->qualname, (void *)g);
}

static Value gen_getattr(Value self, Value name) {
    GenObj *g = (GenObj *)VAL_OBJ(self);
    if (name == NAME(__name__)) {
        return g->name;
    }
    if (name == NAME(__qualname__)) {
        return g->qualname;
    }
    if (name == NAME(gi_running) || name == NAME(cr_running) || name == NAME(ag_running)) {
        return val_bool(g->state == GEN_RUNNING);
    }
    if (name == NAME(gi_code) || name == NAME(cr_code) || name == NAME(ag_code)) {
        return g->code;
    }
    if (name == NAME(gi_frame) || name == NAME(cr_frame) || name == NAME(ag_frame)) {
        return VAL_NONE;
    }
    if (name == NAME(gi_yieldfrom) || name == NAME(cr_await) || name == NAME(ag_await)) {
        Value yf = gen_yieldfrom(g);
        return yf == VAL_NULL ? VAL_NONE : yf;
    }
    if (name == NAME(gi_suspended) || name == NAME(cr_suspended)) {
        return val_bool(g->state == GEN_SUSPENDED);
    }
    return VAL_NULL;
}

static bool gen_setattr(Value self, Value name, Value value) {
    GenObj *g = (GenObj *)VAL_OBJ(self);
    if ((name == NAME(__name__) || name == NAME(__qualname__)) && value != VAL_NULL) {
        if (!val_is_str(value)) {
            vm_raise(&exc_TypeError_type, "%s must be set to a string object", str_cstr(name));
        }
        if (name == NAME(__name__)) {
            g->name = value;
        } else {
            g->qualname = value;
        }
        return true;
    }
    return false;
}

static const AttrEntry gen_attrs[] = {
    {NAME(__iter__), OBJ_VAL(&gen_iter_obj)},
    {NAME(__next__), OBJ_VAL(&gen_next_obj)},
    {NAME(close), OBJ_VAL(&gen_close_obj)},
    {NAME(send), OBJ_VAL(&gen_send_obj)},
    {NAME(throw), OBJ_VAL(&gen_throw_obj)},
};

const Type generator_type = {
    .base = {&type_type},
    .name = NAME(generator),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .repr = gen_repr,
    .getiter = gen_getiter,
    .iternext = gen_iternext,
    .getattr = gen_getattr,
    .setattr = gen_setattr,
    .attrs = gen_attrs,
    .nattrs = sizeof(gen_attrs) / sizeof(gen_attrs[0]),
};

// --- coroutines ------------------------------------------------------------------

static Value coro_send_m(size_t n, const Value *a) {
    (void)n;
    gen_arg(a[0], &coroutine_type);
    return send_common(a[0], a[1]);
}
static Value coro_throw_m(size_t n, const Value *a) {
    gen_arg(a[0], &coroutine_type);
    return throw_common(a[0], n - 1, a + 1);
}
static Value coro_close_m(size_t n, const Value *a) {
    (void)n;
    return gen_close_impl(gen_arg(a[0], &coroutine_type));
}
static Value coro_await_m(size_t n, const Value *a) {
    (void)n;
    gen_arg(a[0], &coroutine_type);
    WrapperObj *w = (WrapperObj *)gc_alloc_obj(sizeof(WrapperObj), &coroutine_wrapper_type);
    w->func = a[0];
    return OBJ_VAL(w);
}
static BUILTIN_FN(coro_send_obj, send, 2, 2, coro_send_m);
static BUILTIN_FN(coro_throw_obj, throw, 2, 4, coro_throw_m);
static BUILTIN_FN(coro_close_obj, close, 1, 1, coro_close_m);
static BUILTIN_FN(coro_await_obj, __await__, 1, 1, coro_await_m);

static const AttrEntry coro_attrs[] = {
    {NAME(__await__), OBJ_VAL(&coro_await_obj)},
    {NAME(close), OBJ_VAL(&coro_close_obj)},
    {NAME(send), OBJ_VAL(&coro_send_obj)},
    {NAME(throw), OBJ_VAL(&coro_throw_obj)},
};

const Type coroutine_type = {
    .base = {&type_type},
    .name = NAME(coroutine),
    .base_type = &object_type,
    .repr = gen_repr,
    .getattr = gen_getattr,
    .setattr = gen_setattr,
    .attrs = coro_attrs,
    .nattrs = sizeof(coro_attrs) / sizeof(coro_attrs[0]),
};

// The iterator coroutine.__await__() returns: forwards to the coroutine.
static Value wrap_coro(Value self) {
    if (!is_type(self, &coroutine_wrapper_type)) {
        vm_raise(&exc_TypeError_type, "expected a coroutine_wrapper");
    }
    return ((WrapperObj *)VAL_OBJ(self))->func;
}
static Value cw_send_m(size_t n, const Value *a) {
    (void)n;
    return send_common(wrap_coro(a[0]), a[1]);
}
static Value cw_throw_m(size_t n, const Value *a) {
    return throw_common(wrap_coro(a[0]), n - 1, a + 1);
}
static Value cw_close_m(size_t n, const Value *a) {
    (void)n;
    return gen_close_impl((GenObj *)VAL_OBJ(wrap_coro(a[0])));
}
static Value cw_next_m(size_t n, const Value *a) {
    (void)n;
    return send_common(wrap_coro(a[0]), VAL_NONE);
}
static BUILTIN_FN(cw_send_obj, send, 2, 2, cw_send_m);
static BUILTIN_FN(cw_throw_obj, throw, 2, 4, cw_throw_m);
static BUILTIN_FN(cw_close_obj, close, 1, 1, cw_close_m);
static BUILTIN_FN(cw_next_obj, __next__, 1, 1, cw_next_m);

static Value cw_iternext(Value self) {
    bool returned;
    Value r = gen_resume(wrap_coro(self), VAL_NONE, VAL_NULL, &returned);
    return returned ? VAL_NULL : r;
}

static const AttrEntry cw_attrs[] = {
    {NAME(__iter__), OBJ_VAL(&gen_iter_obj)},
    {NAME(__next__), OBJ_VAL(&cw_next_obj)},
    {NAME(close), OBJ_VAL(&cw_close_obj)},
    {NAME(send), OBJ_VAL(&cw_send_obj)},
    {NAME(throw), OBJ_VAL(&cw_throw_obj)},
};

const Type coroutine_wrapper_type = {
    .base = {&type_type},
    .name = NAME(coroutine_wrapper),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .getiter = gen_getiter,
    .iternext = cw_iternext,
    .attrs = cw_attrs,
    .nattrs = sizeof(cw_attrs) / sizeof(cw_attrs[0]),
};


// --- async generators --------------------------------------------------------------

// The value of an async generator's `yield`, as it travels up through the
// awaitable that resumed the generator.
Value agen_wrap(Value v) {
    WrapperObj *w = (WrapperObj *)gc_alloc_obj(sizeof(WrapperObj), &agen_wrapped_type);
    w->func = v;
    return OBJ_VAL(w);
}

static const Type agen_wrapped_type = {
    .base = {&type_type},
    .name = NAME(async_generator_wrapped_value),
    .base_type = &object_type,
};

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct {
    Obj base;
    Value gen;
    Value arg;          // asend: the value to send first; athrow: the exception
    uint8_t state;
    uint8_t is_close;   // aclose()
} AGenAwaitObj;

static Value agen_await_new(const Type *t, Value gen, Value arg, bool is_close) {
    AGenAwaitObj *a = (AGenAwaitObj *)gc_alloc_obj(sizeof(AGenAwaitObj), t);
    a->gen = gen;
    a->arg = arg;
    a->is_close = is_close;
    return OBJ_VAL(a);
}

// Resumes the generator for an awaitable; returns true with *out = the
// StopIteration value when the awaitable is done, false with *out = the
// value to pass up to the event loop.
static bool agen_await_send(Value self, Value v, Value exc, Value *out) {
    AGenAwaitObj *a = (AGenAwaitObj *)VAL_OBJ(self);
    GenObj *g = (GenObj *)VAL_OBJ(a->gen);
    bool athrow = a->base.type == &agen_athrow_type;
    if (a->state == AW_CLOSED) {
        vm_raise(&exc_RuntimeError_type, athrow ? "cannot reuse already awaited aclose()/athrow()"
                                                : "cannot reuse already awaited __anext__()/asend()");
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            vm_raise(&exc_RuntimeError_type, "%s(): asynchronous generator is already running",
                     athrow ? (a->is_close ? "aclose" : "athrow") : "anext");
        }
        if (athrow) {
            if (g->state == GEN_CLOSED) {
                a->state = AW_CLOSED;
                *out = VAL_NONE;
                return true;
            }
            if (v != VAL_NONE && exc == VAL_NULL) {
                vm_raise(&exc_RuntimeError_type, "can't send non-None value to a just-started coroutine");
            }
            if (exc == VAL_NULL) {
                exc = a->is_close ? exc_new(&exc_GeneratorExit_type, 0, NULL) : a->arg;
            }
        } else if (v == VAL_NONE) {
            v = a->arg;
        }
        a->state = AW_ITER;
        g->running_async = 1;
    }
    bool returned = false;
    Value err = VAL_NULL;
    Value r = resume_catch(a->gen, v, exc, &returned, &err);
    if (err != VAL_NULL) {
        a->state = AW_CLOSED;
        g->running_async = 0;
        if (a->is_close && (obj_isinstance(err, &exc_StopAsyncIteration_type) ||
                            obj_isinstance(err, &exc_GeneratorExit_type))) {
            *out = VAL_NONE;
            return true;
        }
        nlr_jump(err);
    }
    bool wrapped = is_type(r, &agen_wrapped_type);
    if (a->is_close) {
        if (!returned && wrapped) {
            a->state = AW_CLOSED;
            g->running_async = 0;
            vm_raise(&exc_RuntimeError_type, "async generator ignored GeneratorExit");
        }
        if (returned) {
            a->state = AW_CLOSED;
            g->running_async = 0;
            *out = VAL_NONE;
            return true;
        }
        *out = r;
        return false;
    }
    if (returned) {
        a->state = AW_CLOSED;
        g->running_async = 0;
        vm_raise_noargs(&exc_StopAsyncIteration_type);
    }
    if (wrapped) {
        a->state = AW_CLOSED;
        g->running_async = 0;
        *out = ((WrapperObj *)VAL_OBJ(r))->func;
        return true;
    }
    *out = r;
    return false;
}

static Value aw_step(Value self, Value v, Value exc) {
    Value r;
    if (agen_await_send(self, v, exc, &r)) {
        raise_stop(r);
    }
    return r;
}

static void aw_check(Value v) {
    if (!is_type(v, &agen_asend_type) && !is_type(v, &agen_athrow_type)) {
        vm_raise(&exc_TypeError_type, "expected an async generator awaitable");
    }
}
static Value aw_send_m(size_t n, const Value *a) {
    (void)n;
    aw_check(a[0]);
    return aw_step(a[0], a[1], VAL_NULL);
}
static Value aw_next_m(size_t n, const Value *a) {
    (void)n;
    aw_check(a[0]);
    return aw_step(a[0], VAL_NONE, VAL_NULL);
}
static Value aw_throw_m(size_t n, const Value *a) {
    aw_check(a[0]);
    AGenAwaitObj *o = (AGenAwaitObj *)VAL_OBJ(a[0]);
    if (o->state == AW_CLOSED) {
        vm_raise(&exc_RuntimeError_type, "cannot reuse already awaited __anext__()/asend()");
    }
    return aw_step(a[0], VAL_NONE, throw_args(n - 1, a + 1));
}
static Value aw_close_m(size_t n, const Value *a) {
    (void)n;
    aw_check(a[0]);
    ((AGenAwaitObj *)VAL_OBJ(a[0]))->state = AW_CLOSED;
    return VAL_NONE;
}
static BUILTIN_FN(aw_send_obj, send, 2, 2, aw_send_m);
static BUILTIN_FN(aw_next_obj, __next__, 1, 1, aw_next_m);
static BUILTIN_FN(aw_throw_obj, throw, 2, 4, aw_throw_m);
static BUILTIN_FN(aw_close_obj, close, 1, 1, aw_close_m);
static BUILTIN_FN(aw_await_obj, __await__, 1, 1, gen_iter_m);

static Value aw_iternext(Value self) {
    Value r;
    return agen_await_send(self, VAL_NONE, VAL_NULL, &r) ? VAL_NULL : r;
}

static const AttrEntry aw_attrs[] = {
    {NAME(__await__), OBJ_VAL(&aw_await_obj)},
    {NAME(__iter__), OBJ_VAL(&gen_iter_obj)},
    {NAME(__next__), OBJ_VAL(&aw_next_obj)},
    {NAME(close), OBJ_VAL(&aw_close_obj)},
    {NAME(send), OBJ_VAL(&aw_send_obj)},
    {NAME(throw), OBJ_VAL(&aw_throw_obj)},
};

static const Type agen_asend_type = {
    .base = {&type_type},
    .name = NAME(async_generator_asend),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .getiter = gen_getiter,
    .iternext = aw_iternext,
    .attrs = aw_attrs,
    .nattrs = sizeof(aw_attrs) / sizeof(aw_attrs[0]),
};

static const Type agen_athrow_type = {
    .base = {&type_type},
    .name = NAME(async_generator_athrow),
    .flags = TYPE_FLAG_ITER_SELF,
    .base_type = &object_type,
    .getiter = gen_getiter,
    .iternext = aw_iternext,
    .attrs = aw_attrs,
    .nattrs = sizeof(aw_attrs) / sizeof(aw_attrs[0]),
};

bool gen_next_keeps_value(const Type *t) {
    return t == &generator_type || t == &coroutine_wrapper_type || t == &agen_asend_type ||
           t == &agen_athrow_type;
}

static Value agen_aiter_m(size_t n, const Value *a) {
    (void)n;
    gen_arg(a[0], &async_generator_type);
    return a[0];
}
static Value agen_anext_m(size_t n, const Value *a) {
    (void)n;
    gen_arg(a[0], &async_generator_type);
    return agen_await_new(&agen_asend_type, a[0], VAL_NONE, false);
}
static Value agen_asend_m(size_t n, const Value *a) {
    (void)n;
    gen_arg(a[0], &async_generator_type);
    return agen_await_new(&agen_asend_type, a[0], a[1], false);
}
static Value agen_athrow_m(size_t n, const Value *a) {
    gen_arg(a[0], &async_generator_type);
    return agen_await_new(&agen_athrow_type, a[0], throw_args(n - 1, a + 1), false);
}
static Value agen_aclose_m(size_t n, const Value *a) {
    (void)n;
    gen_arg(a[0], &async_generator_type);
    return agen_await_new(&agen_athrow_type, a[0], VAL_NONE, true);
}
static BUILTIN_FN(agen_aiter_obj, __aiter__, 1, 1, agen_aiter_m);
static BUILTIN_FN(agen_anext_obj, __anext__, 1, 1, agen_anext_m);
static BUILTIN_FN(agen_asend_obj, asend, 2, 2, agen_asend_m);
static BUILTIN_FN(agen_athrow_obj, athrow, 2, 4, agen_athrow_m);
static BUILTIN_FN(agen_aclose_obj, aclose, 1, 1, agen_aclose_m);

static const AttrEntry agen_attrs[] = {
    {NAME(__aiter__), OBJ_VAL(&agen_aiter_obj)},
    {NAME(__anext__), OBJ_VAL(&agen_anext_obj)},
    {NAME(aclose), OBJ_VAL(&agen_aclose_obj)},
    {NAME(asend), OBJ_VAL(&agen_asend_obj)},
    {NAME(athrow), OBJ_VAL(&agen_athrow_obj)},
};

const Type async_generator_type = {
    .base = {&type_type},
    .name = NAME(async_generator),
    .base_type = &object_type,
    .repr = gen_repr,
    .getattr = gen_getattr,
    .setattr = gen_setattr,
    .attrs = agen_attrs,
    .nattrs = sizeof(agen_attrs) / sizeof(agen_attrs[0]),
};
