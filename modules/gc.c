// The gc module as CircuitPython has it: collect, enable/disable,
// isenabled, and the heap figures mem_free/mem_alloc.
#include "obj.h"
#include "gc.h"
#include "module_table.h"

static Value gcm_collect(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    gc_collect();
    return val_from_small_int(0);
}

static Value gcm_enable(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    gc_enable(true);
    return VAL_NONE;
}

static Value gcm_disable(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    gc_enable(false);
    return VAL_NONE;
}

static Value gcm_isenabled(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return val_bool(gc_is_enabled());
}

static Value gcm_mem_free(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return int_from_i64((int64_t)gc_bytes_free());
}

static Value gcm_mem_alloc(size_t nargs, const Value *args) {
    (void)nargs;
    (void)args;
    return int_from_i64((int64_t)gc_bytes_used());
}

static BUILTIN_FN(gcm_collect_obj, collect, 0, 1, gcm_collect);
static BUILTIN_FN(gcm_enable_obj, enable, 0, 0, gcm_enable);
static BUILTIN_FN(gcm_disable_obj, disable, 0, 0, gcm_disable);
static BUILTIN_FN(gcm_isenabled_obj, isenabled, 0, 0, gcm_isenabled);
static BUILTIN_FN(gcm_mem_free_obj, mem_free, 0, 0, gcm_mem_free);
static BUILTIN_FN(gcm_mem_alloc_obj, mem_alloc, 0, 0, gcm_mem_alloc);

static const AttrEntry gc_globals[] = {
    {NAME(__name__), NAME(gc)},
    {NAME(collect), OBJ_VAL(&gcm_collect_obj)},
    {NAME(disable), OBJ_VAL(&gcm_disable_obj)},
    {NAME(enable), OBJ_VAL(&gcm_enable_obj)},
    {NAME(isenabled), OBJ_VAL(&gcm_isenabled_obj)},
    {NAME(mem_alloc), OBJ_VAL(&gcm_mem_alloc_obj)},
    {NAME(mem_free), OBJ_VAL(&gcm_mem_free_obj)},
};

const ModuleDef module_gc = {
    .name = NAME(gc),
    .globals = gc_globals,
    .nglobals = sizeof(gc_globals) / sizeof(gc_globals[0]),
};
