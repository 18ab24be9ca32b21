// The micropython module as CircuitPython code imports it: const (the
// identity: the compiler may fold it), opt_level, and the memory reports
// and heap locks, which print or act on Copper's own heap.
#include "obj.h"
#include "gc.h"
#include "module_table.h"
#include "print.h"
#include "stream.h"

static intptr_t opt_level;

static Value mp_const(size_t nargs, const Value *args) {
    (void)nargs;
    return args[0];
}

static Value mp_opt_level(size_t nargs, const Value *args) {
    if (nargs == 0) {
        return val_from_small_int(opt_level);
    }
    opt_level = int_as_intptr(args[0]);
    return VAL_NONE;
}

static Value mp_mem_info(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    Vstr v;
    vstr_init(&v, 96);
    vstr_printf(&v, "GC: total: %zu, used: %zu, free: %zu\n", gc_bytes_total(), gc_bytes_used(),
                gc_bytes_free());
    stream_write(stream_stdout(), v.buf, v.len);
    return VAL_NONE;
}

static Value mp_qstr_info(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    Vstr v;
    vstr_init(&v, 64);
    vstr_printf(&v, "qstr pool: n_pool=1, n_qstr=%u, n_str_data_bytes=0, n_total_bytes=0\n",
                (unsigned)N__COUNT);
    stream_write(stream_stdout(), v.buf, v.len);
    return VAL_NONE;
}

static Value mp_stack_use(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return val_from_small_int(0);
}

static Value mp_heap_lock(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    gc_lock();
    return VAL_NONE;
}

static Value mp_heap_unlock(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    gc_unlock();
    return val_from_small_int(0);
}

static Value mp_kbd_intr(size_t nargs, const Value *args) {
    (void)nargs;
    (void)int_as_intptr(args[0]);
    return VAL_NONE;
}

static BUILTIN_FN(mp_const_obj, const, 1, 1, mp_const);
static BUILTIN_FN(mp_heap_lock_obj, heap_lock, 0, 0, mp_heap_lock);
static BUILTIN_FN(mp_heap_unlock_obj, heap_unlock, 0, 0, mp_heap_unlock);
static BUILTIN_FN(mp_kbd_intr_obj, kbd_intr, 1, 1, mp_kbd_intr);
static BUILTIN_FN(mp_mem_info_obj, mem_info, 0, 1, mp_mem_info);
static BUILTIN_FN(mp_opt_level_obj, opt_level, 0, 1, mp_opt_level);
static BUILTIN_FN(mp_qstr_info_obj, qstr_info, 0, 1, mp_qstr_info);
static BUILTIN_FN(mp_stack_use_obj, stack_use, 0, 0, mp_stack_use);

static const AttrEntry micropython_globals[] = {
    {NAME(__name__), NAME(micropython)},
    {NAME(const), OBJ_VAL(&mp_const_obj)},
    {NAME(heap_lock), OBJ_VAL(&mp_heap_lock_obj)},
    {NAME(heap_unlock), OBJ_VAL(&mp_heap_unlock_obj)},
    {NAME(kbd_intr), OBJ_VAL(&mp_kbd_intr_obj)},
    {NAME(mem_info), OBJ_VAL(&mp_mem_info_obj)},
    {NAME(opt_level), OBJ_VAL(&mp_opt_level_obj)},
    {NAME(qstr_info), OBJ_VAL(&mp_qstr_info_obj)},
    {NAME(stack_use), OBJ_VAL(&mp_stack_use_obj)},
};

const ModuleDef module_micropython = {
    .name = NAME(micropython),
    .globals = micropython_globals,
    .nglobals = sizeof(micropython_globals) / sizeof(micropython_globals[0]),
};
