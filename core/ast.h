// The abstract syntax tree the parser builds and the compiler reads. Nodes
// live in an arena (a chain of GC blocks reachable only from the parser
// state on the C stack) that is dropped after each top-level statement is
// compiled, so the tree never outlives one compile and costs RAM only
// while that statement is being compiled.
#ifndef COPPER_CORE_AST_H
#define COPPER_CORE_AST_H

#include "obj.h"

typedef struct Node Node;
struct Scope;

// A fixed array of nodes allocated in the arena; NULL means empty.
typedef struct {
    uint32_t n;
    Node *items[];
} NodeArr;
typedef NodeArr *NodeList;

static inline uint32_t nl_len(NodeList l) { return l ? l->n : 0; }
static inline Node *nl_get(NodeList l, uint32_t i) { return l->items[i]; }

typedef enum {
    // expressions
    E_NAME, E_CONST, E_JOINEDSTR, E_FORMATTED, E_TUPLE, E_LIST, E_SET, E_DICT, E_STARRED,
    E_BINOP, E_UNARYOP, E_BOOLOP, E_COMPARE, E_CALL, E_KEYWORD, E_ATTR, E_SUBSCRIPT, E_SLICE,
    E_IFEXP, E_LAMBDA, E_NAMEDEXPR, E_LISTCOMP, E_SETCOMP, E_GENEXP, E_DICTCOMP, E_COMPFOR,
    E_YIELD, E_YIELDFROM, E_AWAIT,
    // statements
    S_EXPR, S_ASSIGN, S_AUGASSIGN, S_ANNASSIGN, S_FUNCDEF, S_CLASSDEF, S_RETURN, S_DELETE,
    S_PASS, S_BREAK, S_CONTINUE, S_FOR, S_WHILE, S_IF, S_WITH, S_RAISE, S_TRY, S_ASSERT,
    S_IMPORT, S_IMPORTFROM, S_GLOBAL, S_NONLOCAL,
    // parts of statements
    N_HANDLER, N_WITHITEM, N_ALIAS, N_ARGUMENTS, N_ARG,
} NodeKind;

// Node.flags
#define NF_PAREN 1        // the expression was written in parentheses
#define NF_ASYNC 2        // async def / for / with / comprehension clause
#define NF_SIMPLE 4       // AnnAssign: target is a bare name

// E_UNARYOP ops (Node.op)
enum { UOP_NOT, UOP_NEG, UOP_POS, UOP_INVERT };
// E_BOOLOP ops
enum { BOP_AND, BOP_OR };
// E_COMPARE ops (in the cmp.ops byte array)
enum { CMPX_LT, CMPX_LE, CMPX_EQ, CMPX_NE, CMPX_GT, CMPX_GE, CMPX_IN, CMPX_NOTIN, CMPX_IS, CMPX_ISNOT };

struct Node {
    uint8_t kind;
    uint8_t op;               // BinOp (E_BINOP, S_AUGASSIGN), UOP_*, BOP_*, conversion
    uint8_t flags;            // NF_*
    uint8_t pad;
    uint32_t line, end_line;  // 1-based
    uint16_t col, end_col;    // 0-based byte columns (clamped at 65535)
    union {
        Value v;                                              // E_CONST value
        struct { Value id; } name;                            // E_NAME
        struct { NodeList elts; } seq;                        // E_TUPLE E_LIST E_SET E_JOINEDSTR E_BOOLOP(values)
        struct { NodeList keys, values; } dict;               // key NULL: **value
        struct { Node *value; } un;                           // E_STARRED E_UNARYOP E_YIELD(NULL ok)
                                                              // E_YIELDFROM E_AWAIT S_EXPR S_RETURN
        struct { Node *left, *right; } bin;                   // E_BINOP, E_NAMEDEXPR(target, value)
        struct { Node *left; uint8_t *ops; NodeList comparators; } cmp;
        struct { Node *func; NodeList args, keywords; } call; // args may hold E_STARRED
        struct { Value arg; Node *value; } kw;                // E_KEYWORD; arg VAL_NULL for **value
        struct { Node *value; Value attr; } attr;             // E_ATTR
        struct { Node *value, *index; } sub;                  // E_SUBSCRIPT
        struct { Node *lower, *upper, *step; } slice;         // E_SLICE (any may be NULL)
        struct { Node *test, *body, *orelse; } ifexp;         // E_IFEXP
        struct { Node *args; Node *body; struct Scope *scope; } lambda;
        struct { Node *elt, *value; NodeList gens; struct Scope *scope; } comp;  // value: dictcomp
        struct { Node *target, *iter; NodeList ifs; } gen;    // E_COMPFOR (NF_ASYNC)
        struct { Node *value; Node *spec; } fmt;              // E_FORMATTED, op = conversion 0/s/r/a
        // statements
        struct { NodeList targets; Node *value; } assign;     // S_ASSIGN (targets: a = b = value)
        struct { Node *target, *value; } aug;                 // S_AUGASSIGN, op = BinOp
        struct { Node *target, *annotation, *value; } ann;    // S_ANNASSIGN
        struct { Value name; Node *args; NodeList body, decorators; Node *returns;
                 struct Scope *scope; } func;                 // S_FUNCDEF
        struct { Value name; NodeList bases, keywords, body, decorators;
                 struct Scope *scope; } cls;                  // S_CLASSDEF
        struct { NodeList targets; } del;                     // S_DELETE
        struct { Node *target, *iter; NodeList body, orelse; } forl;  // S_FOR
        struct { Node *test; NodeList body, orelse; } cond;   // S_WHILE S_IF
        struct { NodeList items, body; } with;                // S_WITH (N_WITHITEM items)
        struct { Node *exc, *cause; } raise;                  // S_RAISE
        struct { NodeList body, handlers, orelse, finalbody; } tryb;  // S_TRY
        struct { Node *test, *msg; } assert_;                 // S_ASSERT
        struct { Value module; NodeList names; uint32_t level; } import;  // S_IMPORT(FROM); N_ALIAS names
        struct { NodeList names; } global;                    // S_GLOBAL S_NONLOCAL (E_NAME nodes)
        struct { Node *type; Value name; NodeList body; } handler;  // N_HANDLER (name VAL_NULL: none)
        struct { Node *expr, *vars; } withitem;               // N_WITHITEM (vars may be NULL)
        struct { Value name, asname; } alias;                 // N_ALIAS; name "*" for import *
        struct { NodeList posonly, args, kwonly, defaults, kw_defaults; Node *vararg, *kwarg; } args;
                                                              // N_ARGUMENTS; kw_defaults items may be NULL
        struct { Value name; Node *annotation; } arg;         // N_ARG
    };
};

static inline bool node_is_expr(const Node *n) { return n->kind <= E_AWAIT; }

// Nodes are allocated with only the union member their kind uses (most
// need one to three words), so a node's kind may only change to a kind of
// no greater size. parser.c defines the sizes.
size_t ast_node_size(int kind);

#endif
