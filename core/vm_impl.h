// Internals shared by the VM's files (vm.c, vm_call.c, vm_exc.c,
// obj_func.c, obj_gen.c, traceback.c, import.c, obj_module.c): the frame
// layout, the VM state, generator objects and the helpers these files call
// in each other. Nothing outside the VM includes this header.
//
// Frames of ordinary calls live on the VM's own stack: chunks of GC memory
// reachable from the VM state (a GC root), allocated LIFO with a bump
// pointer. Frames of generators and coroutines are separate GC blocks owned
// by their generator object. Every live Value a frame holds (locals, cells,
// value stack, saved exceptions in blocks) is therefore inside a GC block
// reachable from a root, which is what the conservative collector needs.
#ifndef COPPER_CORE_VM_IMPL_H
#define COPPER_CORE_VM_IMPL_H

#include "obj.h"
#include "bytecode.h"
#include "vm.h"
#include "vm_module.h"

// Bytes of C stack the VM lets nested interpreter runs use before raising
// RecursionError (a second guard behind the Python depth limit). Boards
// set theirs with vm_set_c_stack_limit; 0 disables the check.
#ifndef COPPER_C_STACK_LIMIT
#if UINTPTR_MAX > 0xFFFFFFFFu
#define COPPER_C_STACK_LIMIT (6u * 1024u * 1024u)
#else
#define COPPER_C_STACK_LIMIT 0u
#endif
#endif

// --- blocks and frames ---------------------------------------------------

enum { BLOCK_FINALLY = 1, BLOCK_EXCEPT_HANDLER = 2 };

typedef struct {
    uint16_t kind;
    uint16_t handler;     // BLOCK_FINALLY: code offset of the handler
    uint32_t level;       // value-stack depth to restore
    Value saved;          // BLOCK_EXCEPT_HANDLER: the previously handled exception
} Block;

#define FRAME_HEAP 0x01       // owned by a generator, not on the VM stack
#define FRAME_CLASS_BODY 0x02 // class body run by vm_call_class_body
#define FRAME_IN_YIELD_FROM 0x04 // suspended inside YIELD_FROM (delegating)
#define FRAME_INIT 0x08       // __init__ run by the loop for C(...): returns the instance
#define FRAME_GEN_INLINE 0x10 // generator frame resumed by its parent's FOR_ITER in the same loop

// Per-name cache entry of LOAD_GLOBAL / LOAD_NAME (indexed like code->names).
// A name found in globals caches where its entry is (the entries array and
// the index): still valid while the dict has the same array and the entry
// there has the same key, however often the value is stored. A name found
// in builtins caches the value, valid while neither dict changed at all.
typedef struct {
    uintptr_t ptr;        // in globals: DictEntry array; builtin: the Value; 0: empty
    uint32_t a;           // in globals: entry index; builtin: globals version
    uint32_t b;           // BVER_IN_GLOBALS, or the builtins dict version
} GlobalCache;

// Per-name cache entry of LOAD_ATTR / LOAD_METHOD / STORE_ATTR: what the
// class of the receiver holds under the name, valid while the class's
// version (bumped on every change to it or its bases) is unchanged.
enum {
    AK_NONE = 0,      // nothing cached / not cacheable
    AK_ABSENT,        // the class has no such attribute
    AK_FUNC,          // a Python function (binds to the instance)
    AK_PLAIN,         // a plain value (no descriptor behaviour)
    AK_METHOD_CONST,  // built-in method of a built-in type (LOAD_METHOD)
    AK_MODULE,        // a module's global: `type` is the module, `version` its dict's
};

typedef struct {
    const Type *type;
    uint32_t version;
    uint32_t kind;
    Value attr;
} AttrCache;

typedef struct Frame {
    struct Frame *prev;       // the calling frame (NULL at the bottom)
    const CodeObj *code;
    Value func;               // FunctionObj, or VAL_NULL for module/exec code
    Value globals;            // dict
    Value locals;             // dict for module/class/exec frames, else VAL_NULL
    Value snapshot;           // function frames: the dict locals() returns (kept, as CPython's f_locals)
    const uint8_t *ip;        // where to continue when the frame resumes
    const uint8_t *lasti;     // start of the instruction being executed
    Value *sp;                // saved value-stack pointer
    Value *stack;             // base of the value stack
    Block *blocks;
    GlobalCache *cache;       // LOAD_GLOBAL cache (names-indexed) or NULL
    AttrCache *acache;        // attribute cache (names-indexed) or NULL
    uint16_t nblocks;
    uint8_t flags;
    Value fast[];             // locals, cells, value stack, then the blocks
} Frame;

static inline size_t frame_ncells(const CodeObj *co) {
    return val_tuple(co->cellnames)->len;
}
// Bytes a frame of `co` occupies (header, slots, blocks), pointer-aligned.
size_t frame_size(const CodeObj *co);
// Sets up the fixed fields of a zeroed frame.
void frame_setup(Frame *f, const CodeObj *co, Value func, Value globals, Value locals);
// The caches of a code object's names: GlobalCache[n] followed (on heaps
// big enough to afford it) by AttrCache[n], in one block; NULL if none.
GlobalCache *vm_alloc_caches(const CodeObj *co);
void frame_set_caches(Frame *f, GlobalCache *c);

// --- VM state ------------------------------------------------------------

typedef struct StackChunk {
    struct StackChunk *prev;
    uint8_t *end;
    uint8_t data[];
} StackChunk;

typedef struct {
    Frame *cur;               // innermost running Python frame
    StackChunk *chunk;
    StackChunk *spare;        // one freed chunk kept to avoid churn
    uint8_t *top;
    size_t chunk_bytes;
    int depth;
    int max_depth;
    Value handled;            // the exception being handled, or VAL_NULL
    Value builtins_module;    // ModuleObj over module_builtins' ROM table
    Value builtins_dict;      // names assigned into builtins (small dict)
    Value sys_modules;
    Value sys_path;
    Value main_module;
    Value initializing;       // list of modules whose code is running (circular imports)
    uint8_t raise_mode;       // how the next caught exception arrived (RAISE_*)
    uint32_t poll;            // countdown to the next Ctrl-C check
    bool attr_caches;         // heap big enough for attribute caches
    uint16_t *builtin_index;  // hash index over module_builtins' ROM table, or NULL
    void *init_cache;         // vm_plain_init's cache (vm_ops.c), or NULL
    size_t builtin_index_size;
    uintptr_t c_stack_base;
    size_t c_stack_limit;
} VmState;

extern VmState vm;

#define VM_POLL_INTERVAL 64

enum {
    RAISE_C = 0,      // from C code: set __context__ if fresh, add a traceback entry
    RAISE_NEW = 1,    // raise statement: context already set; add a traceback entry
    RAISE_RERAISE = 2 // re-raise: no entry, no context change
};

// Reserves room for a frame of `bytes` at the top of the VM stack without
// committing it (a failure while binding arguments leaves nothing to undo).
Frame *vm_frame_reserve(size_t bytes);
void vm_frame_commit(Frame *f, size_t bytes);
void vm_frame_pop(Frame *f);
// Python-depth accounting: raises RecursionError past the limit.
void vm_enter_depth(void);

// --- calls (vm_call.c) -----------------------------------------------------

// Extra state a FunctionObj carries beyond vm.h's public layout.
typedef struct {
    FunctionObj f;
    GlobalCache *cache;       // allocated on first call
    AttrCache *acache;        // part of the same block, or NULL
    Value module;             // __module__ (globals' __name__ when made)
    uint32_t frame_bytes;     // frame_size(code)
    uint8_t plain;            // positional parameters only: the loop's fast call path applies
} FunctionObjX;

// Recomputes frame_bytes/plain after the code changed.
void function_code_changed(FunctionObjX *x);

// Binds arguments into `fast` (zeroed) as CPython does, with its messages.
void vm_bind_args(FunctionObj *fn, const CodeObj *co, Value *fast, size_t nargs,
                  const Value *args, Value kwnames);
// Fills the cells of a new frame: freevars from the closure.
void vm_init_cells(Frame *f, FunctionObj *fn);
// Builds and commits a frame for calling fn on the VM stack (arguments
// bound). Raises on bad arguments or recursion.
Frame *vm_push_call_frame(FunctionObj *fn, size_t nargs, const Value *args, Value kwnames);
// Calls a Python function from C (function_type's call slot).
Value vm_call_function(Value fn, size_t nargs, const Value *args, Value kwnames);
GlobalCache *vm_function_cache(FunctionObj *fn);
// "f()" / "__main__.f()" descriptions used in call error messages.
Value vm_func_desc(Value fn, bool with_module);
// CALL_FUNCTION_EX: turns (args, kwargs) into an argument vector (with one
// spare slot before *argv) and kwnames; returns the positional count.
size_t vm_prepare_call_ex(Value fn, Value args, Value kwargs, Value **argv, Value *kwnames);
Value vm_call_ex(Value fn, Value args, Value kwargs);

// --- loop slow paths (vm_ops.c) ---------------------------------------------

#define BVER_IN_GLOBALS 0xFFFFFFFFu

typedef struct {
    Obj base;
    Value seq;      // list or tuple
    size_t index;
} SeqIterObj;

typedef struct {
    Obj base;
    intptr_t cur, stop, step;
} RangeIterObj;

extern const Type vm_seqiter_type, vm_rangeiter_type;

_Noreturn void vm_raise_unbound_local(const CodeObj *co, size_t i);
_Noreturn void vm_raise_unbound_deref(const CodeObj *co, size_t i);
_Noreturn void vm_raise_name_error(Value name);
Value vm_load_global_slow(Frame *f, size_t arg, Value name);
Value vm_load_name(Frame *f, size_t arg, Value name);
// Class-body/exec namespaces may be any mapping (__prepare__).
Value vm_locals_get(Value locals, Value name);     // VAL_NULL if absent
bool vm_locals_delete(Value locals, Value name);
bool vm_is_iterable(Value o);
void vm_unpack_iter(Value seq, size_t n, Value *out);
Value *vm_unpack_ex(Value seq, unsigned before, unsigned after, Value *sp);
Value vm_build_string(size_t n, const Value *items);
Value vm_format_value(unsigned arg, Value v, Value spec);
void vm_set_update(Value set, Value iterable);
void vm_dict_merge(Value d, Value m, Value func);
void vm_dict_update(Value d, Value m);
Value vm_setup_with(Value mgr, Value *exit_out);
Value vm_before_async_with(Value mgr, Value *exit_out);
Value vm_get_aiter(Value o);
Value vm_get_anext(Value ait);
void vm_print_expr(Value v);
void vm_import_star(Value module, Value locals);
Value vm_import_from(Value module, Value name);
Value vm_get_iter(Value o);
// The Python __init__ to run inline for instantiating cls, or NULL when
// cls needs type_call (custom __new__, metaclass, built-in base, ...).
FunctionObj *vm_plain_init(const Type *cls);
void vm_init_caches(void);
Value vm_load_attr_slow(AttrCache *c, Value o, Value name);
void vm_load_method_slow(AttrCache *c, Value o, Value name, Value out[2]);
void vm_store_attr_slow(AttrCache *c, Value o, Value name, Value v);

// --- the loop (vm.c) ---------------------------------------------------------

// Runs `entry` (already linked as vm.cur) until it returns or yields. If
// `exc` is not VAL_NULL it is first raised inside the frame (gen.throw).
// Returns the returned or yielded value; *yielded tells which.
Value vm_execute(Frame *entry, Value exc, bool *yielded);

// --- exceptions (vm_exc.c) ----------------------------------------------

// Sets exc.__context__ to the handled exception as CPython does on raise.
void vm_set_context(Value exc);
// Raise statement semantics: normalises exc (class -> instance) and cause.
Value vm_make_raise(Value exc, Value cause);
bool vm_exc_matches(Value exc, Value cls);   // except clause test (may raise TypeError)
Value vm_stop_iteration_value(Value exc);    // StopIteration.value
_Noreturn void vm_raise_with_mode(Value exc, int mode);

// --- generators (obj_gen.c) ------------------------------------------------

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };

typedef struct {
    Obj base;                 // generator_type, coroutine_type, async_generator_type
    Frame *frame;             // NULL once finished
    Value name;
    Value qualname;
    Value code;
    Value handled;            // handled exception saved while suspended in a handler
    Value outer_handled;      // the resumer's handled exception while running
    uint8_t state;
    uint8_t closing;
    uint8_t hooks_inited;     // async generators
    uint8_t running_async;    // async generators: an asend/athrow is in flight
} GenObj;

extern const Type coroutine_type, async_generator_type, coroutine_wrapper_type;

static inline bool vm_is_gen(Value v) {
    if (!val_is_obj(v)) {
        return false;
    }
    const Type *t = VAL_OBJ(v)->type;
    return t == &generator_type || t == &coroutine_type;
}
// Creates the generator/coroutine for a call of fn (arguments bound).
Value gen_new(FunctionObj *fn, size_t nargs, const Value *args, Value kwnames);
// Resumes g: sends `send` (or throws `exc` when not VAL_NULL). Returns the
// yielded value (*returned false) or the return value (*returned true).
// Exceptions from the generator propagate.
Value gen_resume(Value g, Value send, Value exc, bool *returned);
// Sends into any iterator as `yield from` does: generators natively, other
// iterators through __next__/send. *returned: it finished, result is the
// StopIteration value.
Value gen_send_any(Value it, Value v, bool *returned);
// GET_AWAITABLE: the iterator to `yield from` for `await o`.
Value gen_get_awaitable(Value o);
// The object a suspended generator delegates to (yield from), or VAL_NULL.
Value gen_yieldfrom(GenObj *g);
// Called by the unwinder when an exception leaves a generator's frame:
// finishes the generator, restores the handled exception, and returns the
// exception to propagate (StopIteration becomes RuntimeError).
Value gen_frame_failed(Frame *f, Value exc);
// FOR_ITER runs a generator's frame in the same loop: enter links the
// frame above `parent` (pushing None if it was suspended); leave is called
// when it yields back or finishes.
void gen_enter_inline(Value g, Frame *parent);
void gen_leave_inline(Frame *f, bool finished);
// Wraps the value of an async generator's `yield` (YIELD_VALUE).
Value agen_wrap(Value v);
// Iterators whose __next__ ends with a StopIteration that carries a value
// (generators, coroutine __await__ wrappers, async generator awaitables):
// next() must raise theirs, not a bare StopIteration.
bool gen_next_keeps_value(const Type *t);

// --- functions, modules, tracebacks ------------------------------------------

Value vm_lookup_builtin(Value name);          // VAL_NULL if absent
void module_init_builtins(void);
Value module_get_dict(Value module);
Value module_lookup(Value module, Value name); // ROM then dict; VAL_NULL if absent
void traceback_init(void);
// traceback_add for a VM frame: also records the code and globals.
void traceback_add_frame(Value exc, const CodeObj *code, Value globals, uint32_t line);
Value vm_ascii(Value s);                       // ascii() of a str (FORMAT_VALUE !a)

extern const Type traceback_type;

#endif
