// The virtual machine: frames, the dispatch loop, calls of Python
// functions, generators, exception unwinding and tracebacks, and imports.
#ifndef COPPER_CORE_VM_H
#define COPPER_CORE_VM_H

#include "obj.h"
#include "bytecode.h"

// Maximum Python call depth before RecursionError ("maximum recursion depth
// exceeded"); the port may lower it for small stacks.
#define VM_MAX_DEPTH_DEFAULT 1000

void vm_init(void);
void vm_set_max_depth(int depth);
// Bytes of C stack nested interpreter runs may use before RecursionError
// (0: no check). The default suits the host; a board sets its own.
void vm_set_c_stack_limit(size_t bytes);
// Raises RecursionError when the C stack has grown past the limit (called
// where C recursion follows the program: nested calls, the parser, the
// compiler).
void vm_check_c_stack(void);
// The same check with CPython's message for where it happens ("maximum
// recursion depth exceeded in comparison"): C code that recurses into
// nested containers (comparison, hashing, encoding) calls it per level.
void vm_check_c_stack_msg(const char *message);

// Runs a module/exec code object with the given namespaces (locals may be
// the same dict as globals). Returns the code's return value. May raise.
Value vm_exec(Value code, Value globals, Value locals);

// Runs a class body: `func` is the function made from the class body code
// (no CO_NEWLOCALS); it runs with `ns` (a dict) as its locals. Returns the
// __class__ cell if the body created one (for zero-argument super), else
// VAL_NULL. Used by __build_class__ (obj_type.c).
Value vm_call_class_body(Value func, Value ns);

// Globals/locals of the innermost running Python frame (for globals(),
// locals(), eval/exec without namespaces, zero-argument super()).
Value vm_current_globals(void);
Value vm_current_locals(void);     // a dict (snapshot for function frames)
// Zero-argument super(): the __class__ cell and first argument of the
// innermost Python frame. RuntimeError "super(): no arguments" if absent.
void vm_current_super_args(Value *cls, Value *self);

// The builtins module namespace (a dict). LOAD_GLOBAL/LOAD_NAME fall back to it.
Value vm_builtins_dict(void);
// The exception currently being handled (sys.exc_info()[1]), or VAL_NULL.
Value vm_handled_exception(void);

// Function objects (obj_func.c).
// What few functions have: attributes, or a __name__, __qualname__ or
// __doc__ other than their code's (obj_func.c). Kept apart so that a
// function is 48 bytes on a 32-bit board, not 64.
typedef struct FunctionExtra FunctionExtra;
typedef struct {
    Obj base;                 // &function_type
    Value code;               // CodeObj
    Value globals;            // dict
    Value defaults;           // tuple or VAL_NULL
    Value kwdefaults;         // dict or VAL_NULL
    Value closure;            // tuple of cells or VAL_NULL
    FunctionExtra *extra;     // NULL until one of its parts is set
} FunctionObj;
Value function_new(Value code, Value globals, Value qualname, Value defaults,
                   Value kwdefaults, Value closure);
// __name__ and __qualname__ (str).
Value function_name(const FunctionObj *f);
Value function_qualname(const FunctionObj *f);

// Tracebacks (traceback.c): each frame the exception passes through adds
// (filename, line, function name). Printing matches CPython's format:
//   Traceback (most recent call last):
//     File "x.py", line 3, in <module>
//   ValueError: message
// including "During handling of the above exception, another exception
// occurred:" and "The above exception was the direct cause of the
// following exception:" chains. CPython also prints the source line under
// each entry when the file is readable: so do we.
void traceback_add(Value exc, Value filename, uint32_t line, Value funcname);
void vm_print_exception(Value exc, Value file);   // file: a stream (sys.stderr) or VAL_NULL for stderr
// Returns the lines of the traceback as a list of str (traceback.format_exception).
Value traceback_format(Value exc);
// The innermost entry of exc's traceback (where it was raised): false when
// it has none.
bool traceback_innermost(Value exc, Value *filename, uint32_t *line);

// Imports (import.c). `level` > 0 for relative imports from `globals`'s
// package. Searches sys.modules, C modules (module_table.c), frozen
// modules, then each directory in sys.path for NAME.py and NAME/__init__.py.
Value import_name(Value name, Value fromlist, int level, Value globals);
// Reads a whole file through the HAL into a no-scan GC block (NUL-terminated);
// OSError if it cannot be read.
char *import_read_file(Value path, size_t *len_out);
// True for a file to load with persist_load (its name ends in .cpy, or
// its bytes start with the .cpy magic) rather than compile.
bool import_is_precompiled(Value path, const char *data, size_t len);
// Runs a file as __main__ (used by the port); raises on error.
void vm_run_main_file(const char *path);
// Compiles and runs source text as __main__ / REPL input in `globals`.
void vm_run_source(const char *src, size_t len, Value filename, int mode, Value globals);
// The interpreter-wide module registry (sys.modules) and sys.path list.
Value vm_sys_modules(void);
Value vm_sys_path(void);
// C modules known to this build (module_table.c).
const ModuleDef *module_find_builtin(Value name);

#endif
