// Internal to the compiler (compile.c, compile_sym.c, compile_expr.c,
// compile_stmt.c): scopes and symbols (the result of symbol analysis),
// code units (one per code object being built), and the emit helpers.
#ifndef COPPER_CORE_COMPILE_INT_H
#define COPPER_CORE_COMPILE_INT_H

#include "bytecode.h"
#include "compile.h"
#include "parser.h"

// --- symbols and scopes (compile_sym.c) -----------------------------------

// Symbol.flags: how the name is used in its scope.
#define DEF_LOCAL 0x001       // assigned, deleted, or bound by def/class/for/with/except
#define DEF_PARAM 0x002
#define DEF_GLOBAL 0x004      // declared global
#define DEF_NONLOCAL 0x008    // declared nonlocal
#define DEF_USE 0x010         // read
#define DEF_IMPORT 0x020
#define DEF_FREE_CLASS 0x040  // class scope: free in a method, passed through
#define DEF_COMP_ITER 0x080   // comprehension iteration variable
#define DEF_ANNOT 0x100       // annotated
#define DEF_COMP_GLOBAL 0x200 // walrus target in a comprehension at module level

// Symbol.where: where the name lives, decided by analysis.
enum { SC_UNKNOWN, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };

typedef struct {
    Value name;
    uint16_t flags;
    uint8_t where;
    int16_t slot;             // fast-local index (function scopes), or -1
    int16_t cell;             // index into cells (cellvars then freevars), or -1
    const Node *first;        // first occurrence (for messages)
} Symbol;

enum { SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS };

typedef struct Scope {
    struct Scope *parent;
    struct Scope *children, *next_sibling;
    uint8_t kind;             // SCOPE_*
    uint8_t comp;             // E_LISTCOMP/E_SETCOMP/E_DICTCOMP/E_GENEXP for comprehensions, else 0
    bool lambda;
    bool generator;           // contains yield (or is a genexp)
    bool coroutine;           // async def, or a comprehension with await/async for
    bool needs_class_cell;    // class: a method uses super or __class__
    Value name;               // "f", "<lambda>", "<listcomp>", "C", "<module>"
    Value private_;           // innermost class name for name mangling, or VAL_NULL
    Symbol *syms;
    uint32_t nsyms, capsyms;
    // Filled by analysis:
    Value *varnames;          // params first
    uint32_t nvarnames;
    Value *cellvars, *freevars;
    uint32_t ncells, nfrees;
    uint16_t argcount, posonly, kwonly;
    bool varargs, varkw;
    const Node *node;
} Scope;

// --- code units -----------------------------------------------------------

// A jump target. Besides its offset, a label records the stack depth and
// block stack the code there starts with (the first jump to it or its
// binding sets them; every other jump or fall-through must agree), so the
// compiler knows the depth everywhere without a separate analysis pass.
// Only the top block's level is kept: the blocks below it are still open
// wherever the label is used, so their levels are still in the unit.
typedef struct {
    int32_t pos;              // bound offset, or -1
    int32_t chain;            // offset of the last unpatched jump to it, or -1
    int32_t depth;            // stack depth at the label, -1 while unknown
    int32_t top;              // level of the top block there
    uint8_t nblocks;          // block stack height there
} Label;
#define LABEL_INIT {-1, -1, -1, 0, 0}

enum {
    FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_ASYNC_WITH, FB_HANDLER,
};

typedef struct {
    uint8_t kind;
    Label *cont;              // loops: continue target
    Label *brk;               // loops: break target
    const Node *node;         // FB_FINALLY_TRY: the try statement; FB_HANDLER: the handler
} FBlock;

#define MAX_FBLOCKS 20
// Run-time blocks (SETUP_FINALLY/SETUP_WITH and handlers): at most two per
// frame block (a named handler adds its cleanup block).
#define MAX_RTBLOCKS (2 * MAX_FBLOCKS + 2)

typedef struct {
    Value *items;
    uint32_t n, cap;
} ValVec;

typedef struct {
    uint32_t *slots;          // index + 1, 0 empty
    uint32_t cap;
} ValHash;

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    Value qualname;
    uint8_t *code;
    uint32_t len, cap;
    uint8_t *lines;           // line table pairs
    uint32_t lines_len, lines_cap;
    uint32_t line_off;        // offset of the last line-table entry
    uint32_t line_last;       // line of the last line-table entry
    uint32_t cur_line;        // line for the next instruction
    uint32_t firstlineno;
    ValVec consts, names, varnames;
    ValHash consts_hash, names_hash;
    int32_t retval_slot;      // hidden local for return-through-finally, or -1
    bool dead;                // after an unconditional jump/return/raise: emit nothing until a label
    int32_t depth;            // stack depth after the last instruction
    uint32_t maxstack, maxblocks;
    uint8_t nblocks;          // run-time block stack height here
    int32_t blocks[MAX_RTBLOCKS];   // each block's stack level
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
} Unit;

// A class body being compiled statement by statement (compile_stream.c).
typedef struct StreamClass {
    struct StreamClass *parent;
    Value name;
    ValVec globals;           // names declared global so far in the body
    bool needs_cell;          // some method uses super() / __class__
    bool first;               // the next statement is the body's first
} StreamClass;

typedef struct Compiler {
    Parser *p;
    Unit *u;
    StreamClass *sclass;      // innermost streamed class body, or NULL
    bool module_first;        // the next module statement is the first
    int mode;                 // CompileMode
    int depth;
    bool interactive;
    // micropython.const folding (compile_const.c): module-level names bound
    // by `NAME = const(int expr)` and their values, loaded as constants.
    ValVec const_names, const_values;
    bool const_imported;      // `from micropython import const` seen at top level
    int block_nest;           // streamed module-level blocks open (0: top level)
} Compiler;

// compile.c
// A new code unit, the compiler's current one until unit_finish, which
// frees it. Units live on the heap: each is ~600 bytes, and they nest as
// deep as the functions, classes and comprehensions being compiled.
Unit *unit_new(Compiler *c, Scope *scope, Value qualname, uint32_t firstlineno);
Value unit_finish(Compiler *c, Unit *u, Value name, int flags, int argcount, int posonly, int kwonly);
void emit_op(Compiler *c, int op);
void emit_arg(Compiler *c, int op, uint32_t arg);
void emit_jump(Compiler *c, int op, Label *l);
void label_bind(Compiler *c, Label *l);
uint32_t const_index(Compiler *c, Value v);
uint32_t name_index(Compiler *c, Value name);
void emit_const(Compiler *c, Value v);
void set_line(Compiler *c, const Node *n);
_Noreturn void comp_error(Compiler *c, const Node *n, const char *fmt, ...);
// A symbol-table error: like CPython's, its args are just (msg,) with the
// location in the attributes.
_Noreturn void sym_error(Compiler *c, const Node *n, const char *fmt, ...);
void comp_enter(Compiler *c);
static inline void comp_leave(Compiler *c) { c->depth--; }
int32_t unit_retval_slot(Compiler *c);
void valvec_push(ValVec *v, Value x);

// compile_sym.c
Scope *sym_analyze_module(Compiler *c, NodeList stmts);     // FILE/SINGLE: one top-level statement
Scope *sym_analyze_eval(Compiler *c, Node *expr);
Scope *sym_analyze_class_stmts(Compiler *c, Value name, ValVec *globals, NodeList stmts, bool *needs_cell);

// compile_stream.c
void compile_stream_stmt(Compiler *c);
Symbol *sym_lookup(Scope *s, Value name);
Value sym_mangle(Value private_, Value name);
const char *sym_comp_name(int kind);

// compile_expr.c
void compile_expr(Compiler *c, Node *n);
void compile_store(Compiler *c, Node *target);
void compile_delete(Compiler *c, Node *target);
void compile_name(Compiler *c, Value name, int ctx, const Node *n);
void compile_jump_if(Compiler *c, Node *e, bool cond, Label *l);
void compile_call_helper(Compiler *c, int pushed, NodeList args, NodeList keywords);
Value compile_qualname(Compiler *c, Value name);
void compile_make_closure(Compiler *c, Scope *s, Value code, Value qualname, int flags);
bool compile_const_value(Node *n, Value *out);
// compile_const.c: micropython.const folding.
bool const_lookup(Compiler *c, Value name, Value *out);
void const_forget(Compiler *c, Value name);
bool const_top_stmt(Compiler *c, Node *stmt);
enum { CTX_LOAD, CTX_STORE, CTX_DEL };

// compile_stmt.c
// Labels of a loop or with statement compiled in halves (for a with:
// orelse = the exception handler, cont = "exception suppressed").
typedef struct {
    Label start, cont, orelse, end;
} LoopLabels;
void compile_while_begin(Compiler *c, Node *n, LoopLabels *l);
void compile_while_end(Compiler *c, Node *n, LoopLabels *l);
void compile_for_begin(Compiler *c, Node *n, LoopLabels *l);
void compile_for_end(Compiler *c, Node *n, LoopLabels *l);
void compile_with_begin(Compiler *c, Node *n, Node *item, LoopLabels *l);
void compile_with_end(Compiler *c, Node *n, Node *item, LoopLabels *l);
void compile_stmt(Compiler *c, Node *n);
void compile_body(Compiler *c, NodeList body);
void compile_funcdef(Compiler *c, Node *n);
void compile_classdef(Compiler *c, Node *n);
bool compile_has_docstring(NodeList body);

#endif
