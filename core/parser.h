// The parser: tokens to AST (ast.h), one top-level statement at a time, by
// recursive descent over Python 3.11's grammar (without match/case).
// Assignment targets are parsed as expressions and then checked, as
// CPython's grammar does with its invalid_* rules, so the common
// SyntaxError messages are CPython's. The AST is allocated in the arena.
#ifndef COPPER_CORE_PARSER_H
#define COPPER_CORE_PARSER_H

#include "ast.h"
#include "lexer.h"

// Nesting limit for the parser and compiler recursion (each counts its own
// frames); beyond it: RecursionError "maximum recursion depth exceeded
// during compilation".
#ifndef PARSE_MAX_DEPTH
#define PARSE_MAX_DEPTH 1000
#endif

// For the parts of a recursive-descent function that only some inputs
// reach (a second operand, a subscript): their locals then sit in the
// C stack only when used, not in the frame of every nesting level.
#define OUT_OF_LINE __attribute__((noinline))
// For the precedence levels an operand passes through on its way down: one
// frame for all of them, not one each, at every nesting level.
#define ON_EVERY_LEVEL static inline __attribute__((always_inline))

// Arena: GC blocks chained through their first word. Everything in it is
// unreachable (and collected) once the chain head is dropped.
typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t size;              // bytes including this header
} ArenaChunk;

typedef struct {
    ArenaChunk *chunks;       // in allocation order
    ArenaChunk *cur;          // the chunk being filled
    uint8_t *ptr, *end;
} Arena;

void *arena_alloc(Arena *a, size_t n);    // zeroed; may raise MemoryError
// Scratch allocations: everything allocated after arena_mark is dropped
// (chunks kept) by arena_release_to.
typedef struct {
    ArenaChunk *cur;
    uint8_t *ptr, *end;
} ArenaMark;
ArenaMark arena_mark(Arena *a);
void arena_release_to(Arena *a, ArenaMark m);
void arena_reset(Arena *a);               // forget the contents, keep the chunks for reuse
void arena_release(Arena *a);             // frees every chunk

typedef struct Parser {
    Lexer *lx;                // the main lexer, or an f-string sub-lexer
    Token tok;                // current token
    Token peek;               // next token when has_peek
    bool has_peek;
    uint8_t mode;             // CompileMode
    uint8_t fstring;          // >0 while parsing an f-string expression
    uint32_t prev_end_line, prev_end_col;   // end of the last consumed token
    uint8_t prev_kind;        // kind of the last consumed token (any kind)
    uint32_t prev_line, prev_col, prev_start;
    uint16_t no_comma_check;  // >0: parse_expression makes no "forgot a comma?" check
    uint8_t compile_stage;    // set by the compiler before raising: 1 symtable, 2 codegen error
    bool parser_raised;       // the last SyntaxError came from the parser (not the tokenizer)
    uint32_t fstr_start, fstr_end;  // source range of the f-string expression being parsed
    int depth;
    Node *pending_atom;       // returned by the next atom parse (with-statement reparse)
    Arena arena;
    const char *src;
    uint32_t len;
    Value filename;
    Lexer lexer;
} Parser;

void parser_init(Parser *p, const char *src, uint32_t len, Value filename, int mode);
// Parses the next top-level statement; returns its statements (one
// compound statement, or the simple statements of one line), or NULL at
// the end of the input. In COMPILE_SINGLE mode the input must hold exactly
// one statement. May raise SyntaxError.
NodeList parse_next_statement(Parser *p);
// COMPILE_EVAL: the whole input is one expression list.
Node *parse_eval_input(Parser *p);

// --- streaming (compile_stream.c) ---------------------------------------
// Module-level compound statements can be compiled while they are parsed,
// one body statement at a time, so the tree of a long `while True:` loop
// or class never has to be in memory at once. The header functions parse
// a statement up to its ':' (the current token must be the keyword; `n`
// comes from parse_compound_node); the body is then read with
// parse_block_open / parse_block_next / parse_one_statement.
NodeList parse_decorators(Parser *p);                   // current token '@'
Node *parse_compound_node(Parser *p, uint32_t line, uint32_t col);
Node *parse_compound_rest(Parser *p, NodeList decorators, uint32_t line, uint32_t col);  // whole statement
Node *parse_if_header(Parser *p);                        // 'if' or 'elif' and the condition
Node *parse_while_header(Parser *p, Node *n);
Node *parse_for_header(Parser *p, Node *n);
Node *parse_with_header(Parser *p, Node *n);
Node *parse_class_header(Parser *p, Node *n, NodeList decorators);
bool parse_block_open(Parser *p, const char *what, uint32_t line);
bool parse_block_next(Parser *p);
NodeList parse_one_statement(Parser *p);
NodeList parse_simple_line(Parser *p);

// Raises SyntaxError at a node's range (used by the compiler too).
_Noreturn void parse_error_node(Parser *p, const Node *n, const char *fmt, ...);
// Raises an error of `type` at an explicit position (0-based byte columns).
_Noreturn void parse_error_at(Parser *p, const Type *type, uint32_t line, int32_t col,
                              uint32_t end_line, int32_t end_col, const char *fmt, ...);
// CPython's name for an expression kind in messages ("function call", "literal").
const char *parse_expr_name(const Node *n);
// After a syntax error: a tokenizer error later in the input is raised
// instead, as CPython does (see parser.c).
void parse_check_rest(Parser *p);
// Recursion guard shared with the compiler.
void parse_depth_error(void);

#endif

// --- internal to parser.c and parser_expr.c -------------------------------

typedef struct {
    Node **items;
    uint32_t n, cap;
    Node *inline_items[8];
} NodeVec;

void vec_init(NodeVec *v);
void vec_push(Parser *p, NodeVec *v, Node *x);
NodeList vec_finish(Parser *p, NodeVec *v);
NodeList node_list1(Parser *p, Node *x);

void parse_advance(Parser *p);
Token *parse_peek(Parser *p);
bool parse_accept(Parser *p, int kind);
Node *parse_node(Parser *p, int kind, uint32_t line, uint32_t col);   // zeroed node
Node *parse_node_tok(Parser *p, int kind);                            // starts at the current token
void parse_finish(Parser *p, Node *n);                                // ends at the last consumed token
void parse_span(Node *n, const Node *from, const Node *to);            // n covers from..to
void parse_enter(Parser *p);
static inline void parse_leave(Parser *p) { p->depth--; }
_Noreturn void parse_syntax_error(Parser *p);                 // "invalid syntax" at the current token
_Noreturn void parse_expected(Parser *p, const char *what);   // "expected 'what'" after the last token
bool parse_starts_expr(int kind);
// Inside brackets: the current token begins another expression after `last`:
// raises "invalid syntax. Perhaps you forgot a comma?"; else returns.
void parse_check_comma(Parser *p, const Node *last);

// Target contexts for parse_check_target.
enum { TARGET_STORE, TARGET_DEL };
void parse_check_target(Parser *p, Node *n, int ctx);

Node *parse_expression(Parser *p);
void parse_eq_hint(Parser *p, Node *e);
Node *parse_named_expression(Parser *p);
Node *parse_star_expressions(Parser *p);      // a, *b, c  (tuple when a comma)
Node *parse_star_named_expressions(Parser *p);
Node *parse_bitor(Parser *p);
Node *parse_yield_expr(Parser *p);
Node *parse_star_targets(Parser *p);          // for-loop and comprehension targets
Node *parse_single_target(Parser *p);         // with ... as target
Node *parse_params(Parser *p, bool lambda);   // N_ARGUMENTS up to ')' or ':'
void parse_call_args(Parser *p, Node *call, bool genexp_ok);
// Adjacent string literals at the current token (parser_strings.c): a str
// or bytes constant, or an f-string's E_JOINEDSTR.
Node *parse_strings(Parser *p);
