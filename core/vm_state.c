// The VM's state and frames: the VmState root (frame stack chunks, the
// handled exception, builtins, sys.modules and sys.path), allocation of
// frames on the VM stack, recursion accounting, vm_init, the accessors
// builtins use (globals(), locals(), zero-argument super()), and running
// module and class-body code. The dispatch loop itself is in vm.c.
#include <string.h>
#include "vm_impl.h"
#include "gc.h"
#include "print.h"
#include "runtime.h"
#include "vm_raise.h"

VmState vm;

// --- frames and the VM stack ----------------------------------------------

size_t frame_size(const CodeObj *co) {
    size_t slots = (size_t)co->nlocals + frame_ncells(co) + co->stacksize;
    return sizeof(Frame) + slots * sizeof(Value) + (size_t)co->maxblocks * sizeof(Block);
}

void frame_setup(Frame *f, const CodeObj *co, Value func, Value globals, Value locals) {
    f->code = co;
    f->func = func;
    f->globals = globals;
    f->locals = locals;
    f->ip = co->code;
    f->lasti = co->code;
    f->stack = f->fast + co->nlocals + frame_ncells(co);
    f->sp = f->stack;
    f->blocks = (Block *)(void *)(f->stack + co->stacksize);
    f->nblocks = 0;
}

GlobalCache *vm_alloc_caches(const CodeObj *co) {
    size_t n = val_tuple(co->names)->len;
    if (n == 0) {
        return NULL;
    }
    size_t each = sizeof(GlobalCache) + (vm.attr_caches ? sizeof(AttrCache) : 0);
    return (GlobalCache *)gc_alloc_noraise(n * each, false);
}

void frame_set_caches(Frame *f, GlobalCache *c) {
    f->cache = c;
    f->acache = c != NULL && vm.attr_caches ? (AttrCache *)(void *)(c + val_tuple(f->code->names)->len)
                                            : NULL;
}

Frame *vm_frame_reserve(size_t bytes) {
    if (vm.chunk == NULL || vm.top + bytes > vm.chunk->end) {
        size_t want = bytes > vm.chunk_bytes ? bytes : vm.chunk_bytes;
        StackChunk *c = vm.spare;
        if (c != NULL && (size_t)(c->end - c->data) >= want) {
            vm.spare = NULL;
        } else {
            c = (StackChunk *)gc_alloc(sizeof(StackChunk) + want, false);
            c->end = c->data + want;
        }
        c->prev = vm.chunk;
        vm.chunk = c;
        vm.top = c->data;
    }
    Frame *f = (Frame *)(void *)vm.top;
    return f;
}

void vm_frame_commit(Frame *f, size_t bytes) {
    vm.top = (uint8_t *)f + bytes;
    vm.depth++;
}

void vm_frame_pop(Frame *f) {
    uint8_t *p = (uint8_t *)f;
    while (!(p >= vm.chunk->data && p <= vm.chunk->end)) {
        StackChunk *c = vm.chunk;
        vm.chunk = c->prev;
        c->prev = NULL;
        vm.spare = c;
    }
    vm.top = p;
}

void vm_enter_depth(void) {
    if (vm.depth >= vm.max_depth) {
        vm_raise(&exc_RecursionError_type, "maximum recursion depth exceeded");
    }
}

void vm_check_c_stack_msg(const char *message) {
    volatile char here;
    uintptr_t p = (uintptr_t)&here;
    if (vm.c_stack_limit != 0 && vm.c_stack_base > p && vm.c_stack_base - p > vm.c_stack_limit) {
        vm_raise(&exc_RecursionError_type, "%s", message);
    }
}

void vm_check_c_stack(void) { vm_check_c_stack_msg("maximum recursion depth exceeded"); }

// --- state and public accessors ---------------------------------------------

void vm_init(void) {
    volatile char here;
    memset(&vm, 0, sizeof(vm));
    gc_add_root(&vm, sizeof(vm));
    vm.c_stack_base = (uintptr_t)&here;
    vm.max_depth = VM_MAX_DEPTH_DEFAULT;
    vm.poll = VM_POLL_INTERVAL;
    vm.c_stack_limit = COPPER_C_STACK_LIMIT;
    // A thirtysecond of the heap: on a 32 KB board (20 KB of heap) about
    // 640 bytes, the module's frame and a few calls; a frame that does not
    // fit starts a new chunk.
    size_t cb = gc_bytes_total() / 32;
    if (cb < 256) {
        cb = 256;
    }
    if (cb > 64 * 1024) {
        cb = 64 * 1024;
    }
    vm.chunk_bytes = cb;
    vm.attr_caches = gc_bytes_total() >= 256 * 1024;
    vm.sys_modules = dict_new();
    vm.sys_path = list_new_empty();
    vm.initializing = list_new_empty();
    list_append(vm.sys_path, NAME(empty));
    traceback_init();
    module_init_builtins();
    vm_init_caches();
}

void vm_set_max_depth(int depth) { vm.max_depth = depth < 1 ? 1 : depth; }
void vm_set_c_stack_limit(size_t bytes) { vm.c_stack_limit = bytes; }
Value vm_sys_modules(void) { return vm.sys_modules; }
Value vm_sys_path(void) { return vm.sys_path; }
Value vm_builtins_dict(void) { return vm.builtins_dict; }
Value vm_handled_exception(void) { return vm.handled; }

Value vm_current_globals(void) {
    if (vm.cur != NULL) {
        return vm.cur->globals;
    }
    if (vm.main_module != VAL_NULL) {
        return module_get_dict(vm.main_module);
    }
    Value m = dict_get_str(vm.sys_modules, NAME(__main__));
    return m != VAL_NULL && is_type(m, &module_type) ? module_get_dict(m) : dict_new();
}

Value vm_current_locals(void) {
    Frame *f = vm.cur;
    if (f == NULL) {
        return vm_current_globals();
    }
    if (f->locals != VAL_NULL) {
        return f->locals;
    }
    // As CPython's PyFrame_FastToLocals: one dict per frame, refreshed from
    // the fast locals at each call (names exec() added to it stay).
    const CodeObj *co = f->code;
    if (f->snapshot == VAL_NULL) {
        f->snapshot = dict_new();
    }
    Value d = f->snapshot;
    TupleObj *vn = val_tuple(co->varnames);
    for (size_t i = 0; i < co->nlocals && i < vn->len; i++) {
        if (f->fast[i] != VAL_NULL) {
            dict_set(d, vn->items[i], f->fast[i]);
        } else {
            dict_delete(d, vn->items[i]);
        }
    }
    TupleObj *cells = val_tuple(co->cellnames);
    for (size_t i = 0; i < cells->len; i++) {
        Value cell = f->fast[co->nlocals + i];
        Value name = cells->items[i];
        if (cell != VAL_NULL && ((CellObj *)VAL_OBJ(cell))->value != VAL_NULL) {
            dict_set(d, name, ((CellObj *)VAL_OBJ(cell))->value);
        } else {
            dict_delete(d, name);
        }
    }
    return d;
}

// The cell index of `name` among co's cellvars (or its freevars), or -1.
static ptrdiff_t cell_index_of(const CodeObj *co, bool freevar, Value name) {
    TupleObj *t = val_tuple(co->cellnames);
    size_t start = freevar ? co->ncellvars : 0, end = freevar ? t->len : co->ncellvars;
    for (size_t i = start; i < end; i++) {
        if (t->items[i] == name || str_equal(t->items[i], name)) {
            return (ptrdiff_t)i;
        }
    }
    return -1;
}

void vm_current_super_args(Value *cls, Value *self) {
    Frame *f = vm.cur;
    if (f == NULL || f->func == VAL_NULL) {
        vm_raise(&exc_RuntimeError_type, "super(): no arguments");
    }
    const CodeObj *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        vm_raise(&exc_RuntimeError_type, "super(): no arguments");
    }
    Value first = f->fast[0];
    ptrdiff_t ci = cell_index_of(co, false, val_tuple(co->varnames)->items[0]);
    if (ci >= 0) {
        Value cell = f->fast[co->nlocals + ci];
        if (cell != VAL_NULL && is_type(cell, &cell_type)) {
            first = ((CellObj *)VAL_OBJ(cell))->value;
        }
    }
    if (first == VAL_NULL) {
        vm_raise(&exc_RuntimeError_type, "super(): arg[0] deleted");
    }
    ptrdiff_t fi = cell_index_of(co, true, NAME(__class__));
    if (fi < 0) {
        vm_raise(&exc_RuntimeError_type, "super(): __class__ cell not found");
    }
    Value cell = f->fast[co->nlocals + (size_t)fi];
    Value c = cell != VAL_NULL ? ((CellObj *)VAL_OBJ(cell))->value : VAL_NULL;
    if (c == VAL_NULL) {
        vm_raise(&exc_RuntimeError_type, "super(): empty __class__ cell");
    }
    if (!val_is_type(c)) {
        vm_raise(&exc_RuntimeError_type, "super(): __class__ is not a type (%s)", val_type_name(c));
    }
    *cls = c;
    *self = first;
}

// --- running code objects -------------------------------------------------------

// Pushes and links a frame for module/class/exec code.
static Frame *push_code_frame(const CodeObj *co, Value func, Value globals, Value locals) {
    vm_enter_depth();
    size_t sz = frame_size(co);
    Frame *f = vm_frame_reserve(sz);
    memset(f, 0, sizeof(Frame) + ((size_t)co->nlocals + frame_ncells(co)) * sizeof(Value));
    frame_setup(f, co, func, globals, locals);
    f->prev = vm.cur;
    vm_frame_commit(f, sz);
    vm.cur = f;
    return f;
}

Value vm_exec(Value code, Value globals, Value locals) {
    if (!is_type(code, &code_type)) {
        vm_raise(&exc_TypeError_type, "expected a code object");
    }
    const CodeObj *co = (const CodeObj *)VAL_OBJ(code);
    if (locals == VAL_NULL) {
        locals = globals;
    }
    GlobalCache *cache = vm_alloc_caches(co);
    Frame *f = push_code_frame(co, VAL_NULL, globals, locals);
    frame_set_caches(f, cache);
    bool yielded;
    return vm_execute(f, VAL_NULL, &yielded);
}

Value vm_call_class_body(Value func, Value ns) {
    FunctionObj *fn = (FunctionObj *)VAL_OBJ(func);
    const CodeObj *co = (const CodeObj *)VAL_OBJ(fn->code);
    Frame *f = push_code_frame(co, func, fn->globals, ns);
    f->flags |= FRAME_CLASS_BODY;
    frame_set_caches(f, vm_function_cache(fn));
    vm_init_cells(f, fn);
    bool yielded;
    Value r = vm_execute(f, VAL_NULL, &yielded);
    if (is_type(r, &cell_type)) {
        return r;
    }
    // The frame's memory is intact until the next push: fetch the cell.
    ptrdiff_t ci = cell_index_of(co, false, NAME(__class__));
    if (ci >= 0) {
        Value cell = f->fast[co->nlocals + ci];
        if (cell != VAL_NULL && is_type(cell, &cell_type)) {
            return cell;
        }
    }
    return VAL_NULL;
}

