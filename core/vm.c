// The virtual machine's dispatch loop and exception unwinding (its state,
// frames and entry points are in vm_state.c). Python-to-Python calls push
// a frame on the VM stack and continue in the same loop; only C code
// calling Python (obj_call on a function from a builtin) re-enters the loop
// recursively, and every frame counts toward the recursion limit either way.
//
// Exceptions: C code raises by longjmp (nlr.h). vm_execute protects the
// loop with one NlrBuf; when something is caught it unwinds the block
// stacks of the frames from vm.cur down to the frame it was entered with,
// adding a traceback entry for each frame the exception reaches, and either
// resumes at a handler (re-entering the loop) or pops the entry frame and
// passes the exception on to its C caller. Ops that raise (raise, reraise)
// set vm.raise_mode first so the unwinder knows whether the exception is
// new to this frame.
#include <string.h>
#include "vm_impl.h"
#include "background.h"
#include "compile.h"
#include "gc.h"
#include "module_table.h"
#include "nlr.h"
#include "obj_float.h"
#include "print.h"
#include "runtime.h"
#include "stream.h"
#include "vm_raise.h"
#include "../hal/hal.h"

// --- unwinding ----------------------------------------------------------------

// Delivers `exc` to the frames from vm.cur down to `entry`. Returns true if
// a handler took it (the frame is ready to resume at the handler), false if
// the entry frame was popped and the exception must go to the C caller.
static bool vm_unwind(Frame *entry, Value *excp) {
    Value exc = *excp;
    int mode = vm.raise_mode;
    vm.raise_mode = RAISE_C;
    ExcObj *e = exc_get(exc);
    if (mode == RAISE_C && e->traceback == VAL_NULL && e->context == VAL_NULL) {
        vm_set_context(exc);
    }
    bool add_tb = mode != RAISE_RERAISE;
    Frame *f = vm.cur;
    for (;;) {
        if (add_tb) {
            const CodeObj *co = f->code;
            traceback_add_frame(exc, co, f->globals,
                                code_line_for_pc(co, (uint32_t)(f->lasti - co->code)));
        }
        while (f->nblocks > 0) {
            Block *b = &f->blocks[--f->nblocks];
            if (b->kind == BLOCK_EXCEPT_HANDLER) {
                vm.handled = b->saved;
                continue;
            }
            uint32_t level = b->level;
            uint16_t handler = b->handler;
            Block *h = &f->blocks[f->nblocks++];
            h->kind = BLOCK_EXCEPT_HANDLER;
            h->level = level;
            h->saved = vm.handled;
            vm.handled = exc;
            Value *sp = f->stack + level;
            *sp++ = exc;
            f->sp = sp;
            f->ip = f->code->code + handler;
            return true;
        }
        bool is_entry = f == entry;
        vm.cur = f->prev;
        f->prev = NULL;
        f->ip = NULL;
        if (!(f->flags & FRAME_HEAP)) {
            vm_frame_pop(f);
        }
        vm.depth--;
        if (f->flags & FRAME_HEAP) {
            exc = gen_frame_failed(f, exc);
            *excp = exc;
        }
        if (is_entry) {
            return false;
        }
        f = vm.cur;
        add_tb = true;
    }
}

static Value run_loop(Frame *entry, bool *yielded);

Value vm_execute(Frame *entry, Value exc, bool *yielded) {
    NlrBuf nb;
    Value pending = exc;
    for (;;) {
        if (pending != VAL_NULL) {
            if (!vm_unwind(entry, &pending)) {
                nlr_jump(pending);
            }
            pending = VAL_NULL;
        }
        if (nlr_push(&nb) == 0) {
            vm_check_c_stack();
            Value r = run_loop(entry, yielded);
            nlr_pop();
            return r;
        }
        pending = nb.exc;
    }
}

// --- small-int arithmetic -----------------------------------------------------

// Computes a OP b for two small ints; false if the result needs the slow path.
static inline bool small_binop(unsigned op, intptr_t x, intptr_t y, Value *out) {
    intptr_t r;
    switch (op) {
        case BINOP_ADD:
            r = x + y;   // cannot overflow intptr_t: both fit in one bit less
            break;
        case BINOP_SUB:
            r = x - y;
            break;
        case BINOP_MUL:
            if (__builtin_mul_overflow(x, y, &r)) {
                return false;
            }
            break;
        case BINOP_FLOORDIV:
            if (y == 0) {
                return false;
            }
            r = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) {
                r--;
            }
            break;
        case BINOP_MOD:
            if (y == 0) {
                return false;
            }
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) {
                r += y;
            }
            break;
        case BINOP_AND:
            r = x & y;
            break;
        case BINOP_OR:
            r = x | y;
            break;
        case BINOP_XOR:
            r = x ^ y;
            break;
        case BINOP_LSHIFT:
            if (y < 0 || y >= (intptr_t)(sizeof(intptr_t) * 8 - 2)) {
                return false;
            }
            r = (intptr_t)((uintptr_t)x << y);
            if ((r >> y) != x) {
                return false;
            }
            break;
        case BINOP_RSHIFT:
            if (y < 0) {
                return false;
            }
            r = y >= (intptr_t)(sizeof(intptr_t) * 8) ? (x < 0 ? -1 : 0) : x >> y;
            break;
        default:
            return false;
    }
    if (!small_int_fits(r)) {
        return false;
    }
    *out = val_from_small_int(r);
    return true;
}

// The six comparisons on two C numbers of one kind (ints or doubles; a NaN
// compares false except under !=, as C's operators do).
#define COMPARE_C(op, x, y)                                                              \
    ((op) == CMP_LT ? (x) < (y) : (op) == CMP_LE ? (x) <= (y) : (op) == CMP_EQ ? (x) == (y) \
     : (op) == CMP_NE ? (x) != (y) : (op) == CMP_GT ? (x) > (y) : (x) >= (y))

static inline Value small_compare(unsigned op, intptr_t x, intptr_t y) { return val_bool(COMPARE_C(op, x, y)); }

// Two floats, or a float and a small int that converts exactly: their
// values. (Two small ints only for true division, exactly as doubles.)
static inline bool small_int_exact_double(intptr_t i) {
#if UINTPTR_MAX > 0xFFFFFFFFu
    return i <= ((intptr_t)1 << 53) && i >= -((intptr_t)1 << 53);
#else
    (void)i;
    return true;   // 31-bit small ints are all exact doubles
#endif
}
static inline bool float_operands(Value a, Value b, double *x, double *y) {
    bool af = is_type(a, &float_type), bf = is_type(b, &float_type);
    if (af) {
        *x = ((const FloatObj *)VAL_OBJ(a))->value;
    } else if (val_is_small_int(a) && small_int_exact_double(val_small_int(a))) {
        *x = (double)val_small_int(a);
    } else {
        return false;
    }
    if (bf) {
        *y = ((const FloatObj *)VAL_OBJ(b))->value;
    } else if (val_is_small_int(b) && small_int_exact_double(val_small_int(b))) {
        *y = (double)val_small_int(b);
    } else {
        return false;
    }
    return true;
}

// x OP y as a new float, or VAL_NULL for the slow path (other operators,
// division by zero, int / int that is not true division).
static inline Value float_binop(unsigned op, double x, double y) {
    switch (op) {
        case BINOP_ADD:
            return float_new(x + y);
        case BINOP_SUB:
            return float_new(x - y);
        case BINOP_MUL:
            return float_new(x * y);
        case BINOP_TRUEDIV:
            return y != 0.0 ? float_new(x / y) : VAL_NULL;
        default:
            return VAL_NULL;
    }
}

static inline Value float_compare(unsigned op, double x, double y) { return val_bool(COMPARE_C(op, x, y)); }

static inline int fast_truth(Value v) {
    if (v == VAL_TRUE) {
        return 1;
    }
    if (v == VAL_FALSE || v == VAL_NONE) {
        return 0;
    }
    if (val_is_small_int(v)) {
        return v != val_from_small_int(0);
    }
    return obj_truthy(v) ? 1 : 0;
}

// The cached value of a global or builtin name, or VAL_NULL.
static inline Value cached_global(const GlobalCache *c, const DictObj *g, Value name) {
    if (c->b == BVER_IN_GLOBALS) {
        const DictEntry *e = (const DictEntry *)c->ptr;
        if (e == g->entries && c->a < g->nentries && e[c->a].key == name) {
            return e[c->a].value;
        }
        return VAL_NULL;
    }
    if (c->ptr != 0 && c->a == g->version && c->b == val_dict(vm.builtins_dict)->version) {
        return (Value)c->ptr;
    }
    return VAL_NULL;
}

static void check_interrupt(void) {
    if (hal_interrupt_pending()) {
        vm_raise_noargs(&exc_KeyboardInterrupt_type);
    }
    background_run_due();
}

// Backward jumps and calls poll for Ctrl-C every VM_POLL_INTERVAL times.
#define POLL_INTERRUPT()                       \
    do {                                       \
        if (--vm.poll == 0) {                  \
            vm.poll = VM_POLL_INTERVAL;        \
            check_interrupt();                 \
        }                                      \
    } while (0)

// --- the dispatch loop ----------------------------------------------------------

#define READ_ARG() (arg = (uint32_t)ip[1] | ((uint32_t)ip[2] << 8), ip += 3)
#define SKIP() (ip += 1)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define LOAD_FRAME()                                  \
    do {                                              \
        f = vm.cur;                                   \
        ip = f->ip;                                   \
        sp = f->sp;                                   \
        fast = f->fast;                               \
        consts = val_tuple(f->code->consts)->items;   \
        names = val_tuple(f->code->names)->items;     \
        code_base = f->code->code;                    \
    } while (0)

#if COPPER_COMPUTED_GOTO
#define CASE(name) L_##name:
#define DISPATCH()              \
    do {                        \
        f->lasti = ip;          \
        goto *labels[*ip];      \
    } while (0)
#else
#define CASE(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

static Value run_loop(Frame *entry, bool *yielded) {
#if COPPER_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
#pragma GCC diagnostic ignored "-Wpedantic"
    static const void *const labels[256] = {
        [0 ... 255] = &&L_bad_opcode,
#define OP(name, has_arg, effect) [OP_##name] = &&L_##name,
#include "opcodes.def"
#undef OP
    };
#pragma GCC diagnostic pop
#endif
    Frame *f;
    const uint8_t *ip;
    Value *sp;
    Value *fast;
    const Value *consts;
    const Value *names;
    const uint8_t *code_base;
    uint32_t arg;
    // Call set-up shared by the CALL_* ops.
    Value call_fn, call_kw;
    Value *call_args, *call_ret;
    size_t call_n;
    bool call_init;

    LOAD_FRAME();
#if COPPER_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    f->lasti = ip;
    switch (*ip) {
#endif

    CASE(NOP) {
        SKIP();
        DISPATCH();
    }
    CASE(POP_TOP) {
        SKIP();
        sp--;
        DISPATCH();
    }
    CASE(ROT_TWO) {
        SKIP();
        Value a = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = a;
        DISPATCH();
    }
    CASE(ROT_THREE) {
        SKIP();
        Value a = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = a;
        DISPATCH();
    }
    CASE(ROT_FOUR) {
        SKIP();
        Value a = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = a;
        DISPATCH();
    }
    CASE(DUP_TOP) {
        SKIP();
        sp[0] = sp[-1];
        sp++;
        DISPATCH();
    }
    CASE(DUP_TOP_TWO) {
        SKIP();
        sp[0] = sp[-2];
        sp[1] = sp[-1];
        sp += 2;
        DISPATCH();
    }

    // --- variables ---
    CASE(LOAD_CONST) {
        READ_ARG();
        PUSH(consts[arg]);
        DISPATCH();
    }
    CASE(LOAD_FAST) {
        READ_ARG();
        Value v = fast[arg];
        if (v == VAL_NULL) {
            vm_raise_unbound_local(f->code, arg);
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(STORE_FAST) {
        READ_ARG();
        fast[arg] = POP();
        DISPATCH();
    }
    CASE(DELETE_FAST) {
        READ_ARG();
        if (fast[arg] == VAL_NULL) {
            vm_raise_unbound_local(f->code, arg);
        }
        fast[arg] = VAL_NULL;
        DISPATCH();
    }
    CASE(MAKE_CELL) {
        READ_ARG();
        fast[f->code->nlocals + arg] = cell_new(VAL_NULL);
        DISPATCH();
    }
    CASE(LOAD_DEREF) {
        READ_ARG();
        Value v = ((CellObj *)VAL_OBJ(fast[f->code->nlocals + arg]))->value;
        if (v == VAL_NULL) {
            vm_raise_unbound_deref(f->code, arg);
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(STORE_DEREF) {
        READ_ARG();
        ((CellObj *)VAL_OBJ(fast[f->code->nlocals + arg]))->value = POP();
        DISPATCH();
    }
    CASE(DELETE_DEREF) {
        READ_ARG();
        CellObj *c = (CellObj *)VAL_OBJ(fast[f->code->nlocals + arg]);
        if (c->value == VAL_NULL) {
            vm_raise_unbound_deref(f->code, arg);
        }
        c->value = VAL_NULL;
        DISPATCH();
    }
    CASE(LOAD_CLOSURE) {
        READ_ARG();
        PUSH(fast[f->code->nlocals + arg]);
        DISPATCH();
    }
    CASE(LOAD_CLASSDEREF) {
        READ_ARG();
        const CodeObj *co = f->code;
        Value name = val_tuple(co->cellnames)->items[arg];
        Value v = f->locals != VAL_NULL ? vm_locals_get(f->locals, name) : VAL_NULL;
        if (v == VAL_NULL) {
            v = ((CellObj *)VAL_OBJ(fast[co->nlocals + arg]))->value;
            if (v == VAL_NULL) {
                vm_raise_unbound_deref(co, arg);
            }
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(LOAD_GLOBAL) {
        READ_ARG();
        if (f->cache != NULL) {
            Value v = cached_global(f->cache + arg, val_dict(f->globals), names[arg]);
            if (v != VAL_NULL) {
                PUSH(v);
                DISPATCH();
            }
        }
        PUSH(vm_load_global_slow(f, arg, names[arg]));
        DISPATCH();
    }
    CASE(STORE_GLOBAL) {
        READ_ARG();
        dict_set(f->globals, names[arg], POP());
        DISPATCH();
    }
    CASE(DELETE_GLOBAL) {
        READ_ARG();
        if (!dict_delete(f->globals, names[arg])) {
            vm_raise_name_error(names[arg]);
        }
        DISPATCH();
    }
    CASE(LOAD_NAME) {
        READ_ARG();
        if (f->locals == f->globals && f->cache != NULL) {
            Value v = cached_global(f->cache + arg, val_dict(f->globals), names[arg]);
            if (v != VAL_NULL) {
                PUSH(v);
                DISPATCH();
            }
        }
        PUSH(vm_load_name(f, arg, names[arg]));
        DISPATCH();
    }
    CASE(STORE_NAME) {
        READ_ARG();
        Value v = POP();
        if (is_type(f->locals, &dict_type)) {
            dict_set(f->locals, names[arg], v);
        } else {
            obj_setitem(f->locals, names[arg], v);
        }
        DISPATCH();
    }
    CASE(DELETE_NAME) {
        READ_ARG();
        if (!vm_locals_delete(f->locals, names[arg])) {
            vm_raise_name_error(names[arg]);
        }
        DISPATCH();
    }
    CASE(LOAD_ATTR) {
        READ_ARG();
        Value o = sp[-1];
        AttrCache *c = f->acache;
        if (c != NULL) {
            c += arg;
            const Type *t = type_of(o);
            if (c->kind == AK_MODULE && o == OBJ_VAL(c->type) &&
                c->version == val_dict(((ModuleObj *)VAL_OBJ(o))->globals)->version) {
                sp[-1] = c->attr;
                DISPATCH();
            }
            if (c->type == t && c->version == t->version && c->kind - AK_ABSENT <= AK_PLAIN - AK_ABSENT) {
                Value d = ((InstanceObj *)VAL_OBJ(o))->dict;
                Value v = d != VAL_NULL ? dict_get_str(d, names[arg]) : VAL_NULL;
                if (v == VAL_NULL) {
                    if (c->kind == AK_PLAIN) {
                        v = c->attr;
                    } else if (c->kind == AK_FUNC) {
                        v = bound_method_new(o, c->attr);
                    }
                }
                if (v != VAL_NULL) {
                    sp[-1] = v;
                    DISPATCH();
                }
            }
        }
        sp[-1] = vm_load_attr_slow(c, o, names[arg]);
        DISPATCH();
    }
    CASE(STORE_ATTR) {
        READ_ARG();
        Value o = sp[-1];
        AttrCache *c = f->acache;
        if (c != NULL) {
            c += arg;
            const Type *t = type_of(o);
            if (c->type == t && c->version == t->version && c->kind - AK_ABSENT <= AK_PLAIN - AK_ABSENT) {
                InstanceObj *io = (InstanceObj *)VAL_OBJ(o);
                if (io->dict == VAL_NULL) {
                    io->dict = dict_new();
                }
                dict_set(io->dict, names[arg], sp[-2]);
                sp -= 2;
                DISPATCH();
            }
        }
        vm_store_attr_slow(c, o, names[arg], sp[-2]);
        sp -= 2;
        DISPATCH();
    }
    CASE(DELETE_ATTR) {
        READ_ARG();
        obj_delattr(sp[-1], names[arg]);
        sp--;
        DISPATCH();
    }
    CASE(LOAD_METHOD) {
        READ_ARG();
        Value o = sp[-1];
        AttrCache *c = f->acache;
        if (c != NULL) {
            c += arg;
            const Type *t = type_of(o);
            if (c->kind == AK_MODULE && o == OBJ_VAL(c->type) &&
                c->version == val_dict(((ModuleObj *)VAL_OBJ(o))->globals)->version) {
                sp[-1] = c->attr;
                PUSH(VAL_NULL);
                DISPATCH();
            }
            if (c->type == t && c->version == t->version) {
                if (c->kind == AK_METHOD_CONST) {
                    sp[-1] = c->attr;
                    PUSH(o);
                    DISPATCH();
                }
                if (c->kind == AK_FUNC) {
                    Value d = ((InstanceObj *)VAL_OBJ(o))->dict;
                    if (d == VAL_NULL || dict_get_str(d, names[arg]) == VAL_NULL) {
                        sp[-1] = c->attr;
                        PUSH(o);
                        DISPATCH();
                    }
                }
            }
        }
        Value m[2];
        vm_load_method_slow(c, o, names[arg], m);
        sp[-1] = m[0];
        PUSH(m[1]);
        DISPATCH();
    }
    CASE(LOAD_BUILD_CLASS) {
        SKIP();
        Value v = vm_lookup_builtin(NAME(__build_class__));
        if (v == VAL_NULL) {
            vm_raise(&exc_NameError_type, "__build_class__ not found");
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(LOAD_ASSERTION_ERROR) {
        SKIP();
        PUSH(OBJ_VAL(&exc_AssertionError_type));
        DISPATCH();
    }

    // --- calls ---
    CASE(CALL_FUNCTION) {
        READ_ARG();
        call_n = arg;
        call_args = sp - arg;
        call_fn = call_args[-1];
        call_ret = call_args - 1;
        call_kw = VAL_NULL;
        goto do_call;
    }
    CASE(CALL_FUNCTION_KW) {
        READ_ARG();
        call_kw = POP();
        call_n = arg - val_tuple(call_kw)->len;
        call_args = sp - arg;
        call_fn = call_args[-1];
        call_ret = call_args - 1;
        goto do_call;
    }
    CASE(CALL_METHOD) {
        READ_ARG();
        call_kw = VAL_NULL;
        call_n = arg;
        goto do_call_method;
    }
    CASE(CALL_METHOD_KW) {
        READ_ARG();
        call_kw = POP();
        call_n = arg - val_tuple(call_kw)->len;
    do_call_method:
        call_args = sp - arg;
        call_ret = call_args - 2;
        call_fn = call_args[-2];
        if (call_args[-1] != VAL_NULL) {
            call_args--;
            call_n++;
        }
        goto do_call;
    }
    CASE(CALL_FUNCTION_EX) {
        READ_ARG();
        Value kwargs = (arg & 1) ? POP() : VAL_NULL;
        Value args = POP();
        call_fn = sp[-1];
        call_ret = sp - 1;
        call_n = vm_prepare_call_ex(call_fn, args, kwargs, &call_args, &call_kw);
        goto do_call;
    }
    do_call: {
        call_init = false;
    do_call_again:
        if (is_type(call_fn, &function_type)) {
            FunctionObj *fo = (FunctionObj *)VAL_OBJ(call_fn);
            const CodeObj *co = (const CodeObj *)VAL_OBJ(fo->code);
            FunctionObjX *fx = (FunctionObjX *)fo;
            // The common case inline: positional arguments that match the
            // parameters exactly, caches ready, room in the current chunk.
            if (fx->plain && call_kw == VAL_NULL && call_n == co->argcount && fx->cache != NULL &&
                vm.top + fx->frame_bytes <= vm.chunk->end && vm.depth < vm.max_depth) {
                f->ip = ip;
                f->sp = call_init ? call_ret + 1 : call_ret;
                POLL_INTERRUPT();
                Frame *nf = (Frame *)(void *)vm.top;
                nf->prev = f;
                nf->code = co;
                nf->func = call_fn;
                nf->globals = fo->globals;
                nf->locals = VAL_NULL;
                nf->snapshot = VAL_NULL;
                nf->ip = co->code;
                nf->cache = fx->cache;
                nf->acache = fx->acache;
                nf->nblocks = 0;
                nf->flags = call_init ? FRAME_INIT : 0;
                Value *nfast = nf->fast;
                size_t i = 0;
                for (; i < call_n; i++) {
                    nfast[i] = call_args[i];
                }
                size_t nzero = co->nlocals + co->ncellvars;
                size_t nfree = code_nfreevars(co);
                for (; i < nzero; i++) {
                    nfast[i] = VAL_NULL;
                }
                if (nfree != 0) {
                    TupleObj *cl = val_tuple(fo->closure);
                    for (size_t k = 0; k < nfree; k++) {
                        nfast[nzero + k] = cl->items[k];
                    }
                    nzero += nfree;
                }
                nf->stack = nfast + nzero;
                nf->sp = nf->stack;
                nf->blocks = (Block *)(void *)(nf->stack + co->stacksize);
                vm.top += fx->frame_bytes;
                vm.depth++;
                vm.cur = nf;
                f = nf;
                ip = co->code;
                sp = nf->sp;
                fast = nfast;
                consts = val_tuple(co->consts)->items;
                names = val_tuple(co->names)->items;
                code_base = co->code;
                DISPATCH();
            }
            if (!(co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
                f->ip = ip;
                f->sp = call_init ? call_ret + 1 : call_ret;
                POLL_INTERRUPT();
                Frame *nf = vm_push_call_frame(fo, call_n, call_args, call_kw);
                if (call_init) {
                    nf->flags |= FRAME_INIT;
                }
                LOAD_FRAME();
                DISPATCH();
            }
        } else if (val_is_obj(call_fn) && VAL_OBJ(call_fn)->type == &type_type &&
                   type_is_heap(val_as_type(call_fn))) {
            // C(...) for a plain Python class: allocate the instance here
            // and run its Python __init__ in this loop; the instance waits
            // in the result slot (FRAME_INIT).
            FunctionObj *init = vm_plain_init(val_as_type(call_fn));
            if (init != NULL) {
                Value obj = OBJ_VAL(gc_alloc_obj(sizeof(InstanceObj), val_as_type(call_fn)));
                call_args[-1] = obj;
                *call_ret = obj;
                call_args--;
                call_n++;
                call_fn = OBJ_VAL(init);
                call_init = true;
                goto do_call_again;
            }
        } else if (is_type(call_fn, &bound_method_type)) {
            BoundMethodObj *bm = (BoundMethodObj *)VAL_OBJ(call_fn);
            if (is_type(bm->func, &function_type)) {
                // The slot below the arguments is always free (the
                // callable's own slot, the NULL of CALL_METHOD, or the spare
                // slot of vm_prepare_call_ex): put self there.
                call_args--;
                call_args[0] = bm->self;
                call_n++;
                call_fn = bm->func;
                goto do_call_again;
            }
        }
        f->ip = ip;
        Value r;
        if (is_type(call_fn, &builtin_function_type) && call_kw == VAL_NULL) {
            // What builtin_call does for a positional builtin, minus a call.
            const BuiltinFn *bf = (const BuiltinFn *)VAL_OBJ(call_fn);
            if (bf->kind == FN_POS && call_n >= bf->min_args &&
                (bf->max_args == FN_UNLIMITED || call_n <= bf->max_args)) {
                r = bf->fn.pos(call_n, call_args);
                sp = call_ret;
                PUSH(r);
                DISPATCH();
            }
        }
        r = obj_call(call_fn, call_n, call_args, call_kw);
        sp = call_ret;
        PUSH(r);
        DISPATCH();
    }
    CASE(MAKE_FUNCTION) {
        READ_ARG();
        Value qualname = POP();
        Value code = POP();
        Value closure = (arg & 8) ? POP() : VAL_NULL;
        Value kwdefaults = (arg & 2) ? POP() : VAL_NULL;
        Value defaults = (arg & 1) ? POP() : VAL_NULL;
        PUSH(function_new(code, f->globals, qualname, defaults, kwdefaults, closure));
        DISPATCH();
    }
    CASE(RETURN_VALUE) {
        Value r = POP();
        while (f->nblocks > 0) {
            Block *b = &f->blocks[--f->nblocks];
            if (b->kind == BLOCK_EXCEPT_HANDLER) {
                vm.handled = b->saved;
            }
        }
        Frame *caller = f->prev;
        f->prev = NULL;
        f->ip = NULL;
        f->sp = sp;
        vm.cur = caller;
        vm.depth--;
        if (!(f->flags & FRAME_HEAP)) {
            vm_frame_pop(f);
        }
        if (f == entry) {
            *yielded = false;
            return r;
        }
        if (f->flags & FRAME_GEN_INLINE) {
            // The generator finished: its parent's FOR_ITER ends the loop.
            gen_leave_inline(f, true);
            LOAD_FRAME();
            sp--;
            ip = code_base + ((uint32_t)f->lasti[1] | ((uint32_t)f->lasti[2] << 8));
            DISPATCH();
        }
        bool init = (f->flags & FRAME_INIT) != 0;
        LOAD_FRAME();
        if (init) {
            // The instance is already in the caller's result slot.
            if (r != VAL_NONE) {
                vm_raise(&exc_TypeError_type, "__init__() should return None, not '%s'",
                         val_type_name(r));
            }
            DISPATCH();
        }
        PUSH(r);
        DISPATCH();
    }

    // --- building ---
    CASE(BUILD_TUPLE) {
        READ_ARG();
        sp -= arg;
        Value t = tuple_new(arg, sp);
        PUSH(t);
        DISPATCH();
    }
    CASE(BUILD_LIST) {
        READ_ARG();
        sp -= arg;
        Value l = list_new(arg, sp);
        PUSH(l);
        DISPATCH();
    }
    CASE(BUILD_SET) {
        READ_ARG();
        Value s = set_new();
        for (size_t i = arg; i > 0; i--) {
            set_add(s, sp[-(ptrdiff_t)i]);
        }
        sp -= arg;
        PUSH(s);
        DISPATCH();
    }
    CASE(BUILD_MAP) {
        READ_ARG();
        Value d = dict_new();
        for (size_t i = arg; i > 0; i--) {
            dict_set(d, sp[-2 * (ptrdiff_t)i], sp[-2 * (ptrdiff_t)i + 1]);
        }
        sp -= 2 * arg;
        PUSH(d);
        DISPATCH();
    }
    CASE(BUILD_SLICE) {
        READ_ARG();
        Value step = arg == 3 ? POP() : VAL_NONE;
        Value stop = POP();
        sp[-1] = slice_new(sp[-1], stop, step);
        DISPATCH();
    }
    CASE(BUILD_STRING) {
        READ_ARG();
        sp -= arg;
        Value s = vm_build_string(arg, sp);
        PUSH(s);
        DISPATCH();
    }
    CASE(FORMAT_VALUE) {
        READ_ARG();
        Value spec = (arg & 4) ? POP() : VAL_NULL;
        sp[-1] = vm_format_value(arg, sp[-1], spec);
        DISPATCH();
    }
    CASE(LIST_APPEND) {
        READ_ARG();
        Value v = POP();
        list_append(sp[-(ptrdiff_t)arg], v);
        DISPATCH();
    }
    CASE(SET_ADD) {
        READ_ARG();
        Value v = POP();
        set_add(sp[-(ptrdiff_t)arg], v);
        DISPATCH();
    }
    CASE(MAP_ADD) {
        READ_ARG();
        Value v = POP();
        Value k = POP();
        dict_set(sp[-(ptrdiff_t)arg], k, v);
        DISPATCH();
    }
    CASE(LIST_EXTEND) {
        READ_ARG();
        Value it = POP();
        if (!vm_is_iterable(it)) {
            vm_raise(&exc_TypeError_type, "Value after * must be an iterable, not %s",
                     val_type_name(it));
        }
        list_extend(sp[-(ptrdiff_t)arg], it);
        DISPATCH();
    }
    CASE(SET_UPDATE) {
        READ_ARG();
        Value it = POP();
        vm_set_update(sp[-(ptrdiff_t)arg], it);
        DISPATCH();
    }
    CASE(DICT_UPDATE) {
        READ_ARG();
        Value m = POP();
        vm_dict_update(sp[-(ptrdiff_t)arg], m);
        DISPATCH();
    }
    CASE(DICT_MERGE) {
        READ_ARG();
        Value m = POP();
        vm_dict_merge(sp[-(ptrdiff_t)arg], m, sp[-(ptrdiff_t)arg - 2]);
        DISPATCH();
    }
    CASE(LIST_TO_TUPLE) {
        SKIP();
        ListObj *l = val_list(sp[-1]);
        sp[-1] = tuple_new(l->len, l->items);
        DISPATCH();
    }
    CASE(UNPACK_SEQUENCE) {
        READ_ARG();
        Value seq = POP();
        size_t len;
        Value *items;
        if ((is_type(seq, &tuple_type) || is_type(seq, &list_type)) &&
            obj_get_array(seq, &len, &items)) {
            if (len != arg) {
                if (len < arg) {
                    vm_raise(&exc_ValueError_type,
                             "not enough values to unpack (expected %u, got %zu)", (unsigned)arg, len);
                }
                vm_raise(&exc_ValueError_type, "too many values to unpack (expected %u)",
                         (unsigned)arg);
            }
            for (size_t i = len; i > 0; i--) {
                PUSH(items[i - 1]);
            }
        } else {
            vm_unpack_iter(seq, arg, sp);
            sp += arg;
        }
        DISPATCH();
    }
    CASE(UNPACK_EX) {
        READ_ARG();
        Value seq = POP();
        sp = vm_unpack_ex(seq, arg & 0xFF, arg >> 8, sp);
        DISPATCH();
    }

    // --- operators ---
    CASE(UNARY_POSITIVE) {
        SKIP();
        if (!val_is_small_int(sp[-1])) {
            sp[-1] = obj_unary_op(UNOP_POS, sp[-1]);
        }
        DISPATCH();
    }
    CASE(UNARY_NEGATIVE) {
        SKIP();
        Value a = sp[-1];
        if (val_is_small_int(a) && val_small_int(a) != SMALL_INT_MIN) {
            sp[-1] = val_from_small_int(-val_small_int(a));
        } else if (is_type(a, &float_type)) {
            sp[-1] = float_new(-((const FloatObj *)VAL_OBJ(a))->value);
        } else {
            sp[-1] = obj_unary_op(UNOP_NEG, a);
        }
        DISPATCH();
    }
    CASE(UNARY_NOT) {
        SKIP();
        sp[-1] = val_bool(!fast_truth(sp[-1]));
        DISPATCH();
    }
    CASE(UNARY_INVERT) {
        SKIP();
        Value a = sp[-1];
        if (val_is_small_int(a)) {
            sp[-1] = val_from_small_int(~val_small_int(a));
        } else {
            sp[-1] = obj_unary_op(UNOP_INVERT, a);
        }
        DISPATCH();
    }
    CASE(BINARY_OP) {
        READ_ARG();
        Value b = sp[-1], a = sp[-2];
        if (val_is_small_int(a) && val_is_small_int(b)) {
            Value r;
            if (small_binop(arg & ~(uint32_t)BINOP_INPLACE, val_small_int(a), val_small_int(b), &r)) {
                sp[-2] = r;
                sp--;
                DISPATCH();
            }
        }
        double x, y;
        // Two small ints reach the float path for true division only: a
        // product that overflowed is a big int, not a float.
        bool two_ints = val_is_small_int(a) && val_is_small_int(b);
        if ((!two_ints || (arg & ~(uint32_t)BINOP_INPLACE) == BINOP_TRUEDIV) && float_operands(a, b, &x, &y)) {
            Value r = float_binop(arg & ~(uint32_t)BINOP_INPLACE, x, y);
            if (r != VAL_NULL) {
                sp[-2] = r;
                sp--;
                DISPATCH();
            }
        }
        sp[-2] = obj_binary_op((int)arg, a, b);
        sp--;
        DISPATCH();
    }
    CASE(COMPARE_OP) {
        READ_ARG();
        Value b = sp[-1], a = sp[-2];
        double x, y;
        if (val_is_small_int(a) && val_is_small_int(b)) {
            sp[-2] = small_compare(arg, val_small_int(a), val_small_int(b));
        } else if (float_operands(a, b, &x, &y)) {
            sp[-2] = float_compare(arg, x, y);
        } else {
            sp[-2] = obj_compare((int)arg, a, b);
        }
        sp--;
        DISPATCH();
    }
    CASE(IS_OP) {
        READ_ARG();
        bool r = sp[-2] == sp[-1];
        sp[-2] = val_bool(arg ? !r : r);
        sp--;
        DISPATCH();
    }
    CASE(CONTAINS_OP) {
        READ_ARG();
        bool r = obj_contains(sp[-1], sp[-2]);
        sp[-2] = val_bool(arg ? !r : r);
        sp--;
        DISPATCH();
    }
    CASE(BINARY_SUBSCR) {
        SKIP();
        Value i = sp[-1], o = sp[-2];
        if (val_is_small_int(i) && val_is_obj(o)) {
            const Type *t = VAL_OBJ(o)->type;
            if (t == &list_type || t == &tuple_type) {
                intptr_t k = val_small_int(i);
                size_t len;
                Value *items;
                obj_get_array(o, &len, &items);
                if (k < 0) {
                    k += (intptr_t)len;
                }
                if (k >= 0 && (size_t)k < len) {
                    sp[-2] = items[k];
                    sp--;
                    DISPATCH();
                }
            }
        }
        if (is_type(o, &dict_type)) {
            Value v = dict_get(o, i);
            if (v != VAL_NULL) {
                sp[-2] = v;
                sp--;
                DISPATCH();
            }
        }
        sp[-2] = obj_getitem(o, i);
        sp--;
        DISPATCH();
    }
    CASE(STORE_SUBSCR) {
        SKIP();
        Value i = sp[-1], o = sp[-2], v = sp[-3];
        if (val_is_small_int(i) && is_type(o, &list_type)) {
            ListObj *l = val_list(o);
            intptr_t k = val_small_int(i);
            if (k < 0) {
                k += (intptr_t)l->len;
            }
            if (k >= 0 && (size_t)k < l->len) {
                l->items[k] = v;
                sp -= 3;
                DISPATCH();
            }
        }
        if (is_type(o, &dict_type)) {
            dict_set(o, i, v);
        } else {
            obj_setitem(o, i, v);
        }
        sp -= 3;
        DISPATCH();
    }
    CASE(DELETE_SUBSCR) {
        SKIP();
        obj_delitem(sp[-2], sp[-1]);
        sp -= 2;
        DISPATCH();
    }

    // --- control flow ---
    CASE(JUMP) {
        READ_ARG();
        const uint8_t *target = code_base + arg;
        if (target <= f->lasti) {
            POLL_INTERRUPT();
        }
        ip = target;
        DISPATCH();
    }
    CASE(POP_JUMP_IF_FALSE) {
        READ_ARG();
        Value v = POP();
        if (v == VAL_FALSE || (v != VAL_TRUE && !fast_truth(v))) {
            if (code_base + arg < ip) {
                POLL_INTERRUPT();   // a loop closed by a conditional jump
            }
            ip = code_base + arg;
        }
        DISPATCH();
    }
    CASE(POP_JUMP_IF_TRUE) {
        READ_ARG();
        Value v = POP();
        if (v == VAL_TRUE || (v != VAL_FALSE && fast_truth(v))) {
            if (code_base + arg < ip) {
                POLL_INTERRUPT();   // `while` loops test at the bottom
            }
            ip = code_base + arg;
        }
        DISPATCH();
    }
    CASE(JUMP_IF_FALSE_OR_POP) {
        READ_ARG();
        if (!fast_truth(sp[-1])) {
            ip = code_base + arg;
        } else {
            sp--;
        }
        DISPATCH();
    }
    CASE(JUMP_IF_TRUE_OR_POP) {
        READ_ARG();
        if (fast_truth(sp[-1])) {
            ip = code_base + arg;
        } else {
            sp--;
        }
        DISPATCH();
    }
    CASE(JUMP_IF_NOT_EXC_MATCH) {
        READ_ARG();
        bool m = vm_exc_matches(sp[-2], sp[-1]);
        sp -= 2;
        if (!m) {
            ip = code_base + arg;
        }
        DISPATCH();
    }
    CASE(GET_ITER) {
        SKIP();
        sp[-1] = vm_get_iter(sp[-1]);
        DISPATCH();
    }
    CASE(FOR_ITER) {
        READ_ARG();
        Value it = sp[-1];
        Value v;
        if (val_is_obj(it)) {
            const Type *t = VAL_OBJ(it)->type;
            if (t == &vm_rangeiter_type) {
                RangeIterObj *r = (RangeIterObj *)VAL_OBJ(it);
                if (r->step > 0 ? r->cur < r->stop : r->cur > r->stop) {
                    PUSH(val_from_small_int(r->cur));
                    r->cur += r->step;
                    DISPATCH();
                }
                goto for_done;
            }
            if (t == &vm_seqiter_type) {
                SeqIterObj *s = (SeqIterObj *)VAL_OBJ(it);
                size_t len;
                Value *items;
                obj_get_array(s->seq, &len, &items);
                if (s->index < len) {
                    PUSH(items[s->index++]);
                    DISPATCH();
                }
                goto for_done;
            }
            if (t == &generator_type) {
                // Run the generator's frame in this loop: YIELD_VALUE comes
                // back here with the value, RETURN_VALUE ends the loop.
                if (((GenObj *)VAL_OBJ(it))->state == GEN_CLOSED) {
                    goto for_done;
                }
                f->ip = ip;
                f->sp = sp;
                gen_enter_inline(it, f);
                LOAD_FRAME();
                DISPATCH();
            }
        }
        v = obj_iternext(it);
        if (v != VAL_NULL) {
            PUSH(v);
            DISPATCH();
        }
    for_done:
        sp--;
        ip = code_base + arg;
        DISPATCH();
    }
    CASE(SETUP_FINALLY) {
        READ_ARG();
        Block *b = &f->blocks[f->nblocks++];
        b->kind = BLOCK_FINALLY;
        b->handler = (uint16_t)arg;
        b->level = (uint32_t)(sp - f->stack);
        b->saved = VAL_NULL;
        DISPATCH();
    }
    CASE(SETUP_WITH) {
        READ_ARG();
        Value exit_fn;
        Value res = vm_setup_with(sp[-1], &exit_fn);
        sp[-1] = exit_fn;
        Block *b = &f->blocks[f->nblocks++];
        b->kind = BLOCK_FINALLY;
        b->handler = (uint16_t)arg;
        b->level = (uint32_t)(sp - f->stack);
        b->saved = VAL_NULL;
        PUSH(res);
        DISPATCH();
    }
    CASE(WITH_EXCEPT_START) {
        SKIP();
        Value exc = sp[-1];
        Value tb = exc_get(exc)->traceback;
        Value args[3] = {OBJ_VAL(type_of(exc)), exc, tb != VAL_NULL ? tb : VAL_NONE};
        Value r = obj_call(sp[-2], 3, args, VAL_NULL);
        PUSH(r);
        DISPATCH();
    }
    CASE(POP_BLOCK) {
        SKIP();
        f->nblocks--;
        DISPATCH();
    }
    CASE(POP_EXCEPT) {
        SKIP();
        Block *b = &f->blocks[--f->nblocks];
        vm.handled = b->saved;
        sp = f->stack + b->level;
        DISPATCH();
    }
    CASE(RAISE_VARARGS) {
        READ_ARG();
        if (arg == 0) {
            if (vm.handled == VAL_NULL) {
                vm_raise(&exc_RuntimeError_type, "No active exception to reraise");
            }
            vm_raise_with_mode(vm.handled, RAISE_RERAISE);
        }
        Value cause = arg == 2 ? POP() : VAL_NULL;
        Value exc = vm_make_raise(POP(), cause);
        vm_set_context(exc);
        vm_raise_with_mode(exc, RAISE_NEW);
    }
    CASE(RERAISE) {
        SKIP();
        vm_raise_with_mode(POP(), RAISE_RERAISE);
    }

    // --- generators and coroutines ---
    CASE(YIELD_VALUE) {
        SKIP();
        Value v = POP();
        if (f->code->flags & CO_ASYNC_GENERATOR) {
            v = agen_wrap(v);
        }
        f->ip = ip;
        f->sp = sp;
        vm.cur = f->prev;
        f->prev = NULL;
        vm.depth--;
        if (f->flags & FRAME_GEN_INLINE) {
            gen_leave_inline(f, false);
            LOAD_FRAME();
            PUSH(v);
            DISPATCH();
        }
        *yielded = true;
        return v;
    }
    CASE(GET_YIELD_FROM_ITER) {
        SKIP();
        Value o = sp[-1];
        if (is_type(o, &coroutine_type)) {
            if (!(f->code->flags & (CO_COROUTINE | 0x0100))) {
                vm_raise(&exc_TypeError_type,
                         "cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
        } else if (!is_type(o, &generator_type)) {
            sp[-1] = obj_getiter(o);
        }
        DISPATCH();
    }
    CASE(YIELD_FROM) {
        Value v = POP();
        bool returned;
        f->ip = ip;
        f->sp = sp;
        Value r = gen_send_any(sp[-1], v, &returned);
        if (returned) {
            sp[-1] = r;
            SKIP();
            DISPATCH();
        }
        // Suspend here; on resume the sent value is pushed and this
        // instruction runs again.
        f->ip = ip;
        f->sp = sp;
        f->flags |= FRAME_IN_YIELD_FROM;
        vm.cur = f->prev;
        f->prev = NULL;
        vm.depth--;
        if (f->flags & FRAME_GEN_INLINE) {
            gen_leave_inline(f, false);
            LOAD_FRAME();
            PUSH(r);
            DISPATCH();
        }
        *yielded = true;
        return r;
    }
    CASE(GET_AWAITABLE) {
        SKIP();
        sp[-1] = gen_get_awaitable(sp[-1]);
        DISPATCH();
    }
    CASE(GET_AITER) {
        SKIP();
        sp[-1] = vm_get_aiter(sp[-1]);
        DISPATCH();
    }
    CASE(GET_ANEXT) {
        SKIP();
        Value a = vm_get_anext(sp[-1]);
        PUSH(a);
        DISPATCH();
    }
    CASE(END_ASYNC_FOR) {
        SKIP();
        Value exc = sp[-1];
        if (!obj_isinstance(exc, &exc_StopAsyncIteration_type)) {
            sp--;
            vm_raise_with_mode(exc, RAISE_RERAISE);
        }
        Block *b = &f->blocks[--f->nblocks];
        vm.handled = b->saved;
        sp -= 2;
        DISPATCH();
    }
    CASE(BEFORE_ASYNC_WITH) {
        SKIP();
        Value exit_fn;
        Value res = vm_before_async_with(sp[-1], &exit_fn);
        sp[-1] = exit_fn;
        PUSH(res);
        DISPATCH();
    }

    // --- modules ---
    CASE(IMPORT_NAME) {
        READ_ARG();
        Value fromlist = POP();
        Value level = sp[-1];
        f->ip = ip;
        sp[-1] = import_name(names[arg], fromlist, (int)val_small_int(level), f->globals);
        DISPATCH();
    }
    CASE(IMPORT_FROM) {
        READ_ARG();
        Value v = vm_import_from(sp[-1], names[arg]);
        PUSH(v);
        DISPATCH();
    }
    CASE(IMPORT_STAR) {
        SKIP();
        Value m = POP();
        vm_import_star(m, f->locals != VAL_NULL ? f->locals : f->globals);
        DISPATCH();
    }
    CASE(PRINT_EXPR) {
        SKIP();
        vm_print_expr(POP());
        DISPATCH();
    }

#if COPPER_COMPUTED_GOTO
L_bad_opcode:
#else
    default:
        break;
    }
#endif
    vm_raise(&exc_SystemError_type, "bad opcode %d at offset %d", (int)*ip, (int)(ip - code_base));
}
