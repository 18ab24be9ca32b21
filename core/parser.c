// Statement parsing and the parser's infrastructure: the arena, node
// lists, token handling and error reporting (see parser.h). Expressions
// are in parser_expr.c.
#include "parser.h"
#include <stddef.h>
#include <string.h>
#include "compile.h"
#include "gc.h"
#include "nlr.h"
#include "vm_raise.h"

// --- arena ------------------------------------------------------------------

#define ARENA_CHUNK 2048

void *arena_alloc(Arena *a, size_t n) {
    n = (n + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
    while ((size_t)(a->end - a->ptr) < n) {
        // Move to the next kept chunk if it is big enough, else add one.
        ArenaChunk *next = a->cur ? a->cur->next : a->chunks;
        if (next == NULL || next->size - sizeof(ArenaChunk) < n) {
            size_t size = n + sizeof(ArenaChunk) > ARENA_CHUNK ? n + sizeof(ArenaChunk) : ARENA_CHUNK;
            ArenaChunk *c = gc_alloc(size, false);
            c->size = size;
            if (a->cur) {
                c->next = a->cur->next;
                a->cur->next = c;
            } else {
                c->next = a->chunks;
                a->chunks = c;
            }
            next = c;
        }
        a->cur = next;
        a->ptr = (uint8_t *)(next + 1);
        a->end = (uint8_t *)next + next->size;
    }
    void *r = a->ptr;
    a->ptr += n;
    memset(r, 0, n);
    return r;
}

ArenaMark arena_mark(Arena *a) {
    ArenaMark m = {a->cur, a->ptr, a->end};
    return m;
}

void arena_release_to(Arena *a, ArenaMark m) {
    a->cur = m.cur;
    a->ptr = m.ptr;
    a->end = m.end;
}

void arena_reset(Arena *a) {
    a->cur = NULL;
    a->ptr = a->end = NULL;
}

void arena_release(Arena *a) {
    ArenaChunk *c = a->chunks;
    while (c) {
        ArenaChunk *next = c->next;
        gc_free(c);
        c = next;
    }
    a->chunks = a->cur = NULL;
    a->ptr = a->end = NULL;
}

// --- node lists -------------------------------------------------------------

void vec_init(NodeVec *v) {
    v->items = v->inline_items;
    v->n = 0;
    v->cap = 8;
}

void vec_push(Parser *p, NodeVec *v, Node *x) {
    if (v->n == v->cap) {
        Node **n = arena_alloc(&p->arena, sizeof(Node *) * v->cap * 2);
        memcpy(n, v->items, sizeof(Node *) * v->n);
        v->items = n;
        v->cap *= 2;
    }
    v->items[v->n++] = x;
}

NodeList vec_finish(Parser *p, NodeVec *v) {
    if (v->n == 0) {
        return NULL;
    }
    NodeArr *a = arena_alloc(&p->arena, sizeof(NodeArr) + sizeof(Node *) * v->n);
    a->n = v->n;
    memcpy(a->items, v->items, sizeof(Node *) * v->n);
    return a;
}

NodeList node_list1(Parser *p, Node *x) {
    NodeArr *a = arena_alloc(&p->arena, sizeof(NodeArr) + sizeof(Node *));
    a->n = 1;
    a->items[0] = x;
    return a;
}

// --- tokens and nodes -------------------------------------------------------

void parse_advance(Parser *p) {
    p->prev_kind = p->tok.kind;
    p->prev_line = p->tok.line;
    p->prev_col = p->tok.col;
    p->prev_start = p->tok.start;
    // Nodes end at their last real token, not at a NEWLINE/INDENT/DEDENT.
    if (p->tok.kind != T_NEWLINE && p->tok.kind != T_INDENT && p->tok.kind != T_DEDENT) {
        p->prev_end_line = p->tok.end_line;
        p->prev_end_col = p->tok.end_col;
    }
    if (p->has_peek) {
        p->tok = p->peek;
        p->has_peek = false;
    } else {
        lex_next(p->lx, &p->tok);
    }
}

Token *parse_peek(Parser *p) {
    if (!p->has_peek) {
        lex_next(p->lx, &p->peek);
        p->has_peek = true;
    }
    return &p->peek;
}

bool parse_accept(Parser *p, int kind) {
    if (p->tok.kind == kind) {
        parse_advance(p);
        return true;
    }
    return false;
}

#define MEMBER_SIZE(m) (offsetof(Node, m) + sizeof(((Node *)0)->m))

size_t ast_node_size(int kind) {
    switch (kind) {
    case E_NAME: case E_CONST: case E_JOINEDSTR: case E_TUPLE: case E_LIST: case E_SET: case E_BOOLOP:
    case E_STARRED: case E_UNARYOP: case E_YIELD: case E_YIELDFROM: case E_AWAIT: case S_EXPR:
    case S_RETURN: case S_DELETE: case S_GLOBAL: case S_NONLOCAL: case S_PASS: case S_BREAK:
    case S_CONTINUE:
        return MEMBER_SIZE(v);
    case E_DICT: case E_BINOP: case E_NAMEDEXPR: case E_KEYWORD: case E_ATTR: case E_SUBSCRIPT:
    case E_FORMATTED: case S_ASSIGN: case S_AUGASSIGN: case S_WITH: case S_RAISE: case S_ASSERT:
    case N_WITHITEM: case N_ALIAS: case N_ARG:
        return MEMBER_SIZE(bin);
    case E_COMPARE: case E_CALL: case E_SLICE: case E_IFEXP: case E_LAMBDA: case E_COMPFOR:
    case S_ANNASSIGN: case S_WHILE: case S_IF: case S_IMPORT: case S_IMPORTFROM: case N_HANDLER:
        return MEMBER_SIZE(ifexp);
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP: case S_FOR: case S_TRY:
        return MEMBER_SIZE(tryb);
    default:
        return sizeof(Node);
    }
}

Node *parse_node(Parser *p, int kind, uint32_t line, uint32_t col) {
    Node *n = arena_alloc(&p->arena, ast_node_size(kind));
    n->kind = (uint8_t)kind;
    n->line = n->end_line = line;
    n->col = n->end_col = (uint16_t)(col > 0xFFFF ? 0xFFFF : col);
    return n;
}

Node *parse_node_tok(Parser *p, int kind) { return parse_node(p, kind, p->tok.line, p->tok.col); }

void parse_finish(Parser *p, Node *n) {
    n->end_line = p->prev_end_line;
    n->end_col = (uint16_t)(p->prev_end_col > 0xFFFF ? 0xFFFF : p->prev_end_col);
}

void parse_span(Node *n, const Node *from, const Node *to) {
    n->line = from->line;
    n->col = from->col;
    n->end_line = to->end_line;
    n->end_col = to->end_col;
}

// --- errors -------------------------------------------------------------------

// CPython tokenizes the rest of the input after a parser error and reports
// a tokenizer error found there instead. The scan stops at indentation and
// line-continuation errors (its tokenizer reports those through an error
// code, not an exception), and an unclosed bracket wins only when it was
// opened on a line before that of the last token the parser had read.
void parse_check_rest(Parser *p) {
    if (p->fstring || p->lx != &p->lexer || p->lexer.done) {
        return;
    }
    const Token *far = p->has_peek ? &p->peek : &p->tok;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Token t;
        while (!p->lexer.done) {
            lex_next(&p->lexer, &t);
        }
        nlr_pop();
    } else {
        Lexer *lx = &p->lexer;
        if (lx->soft_error) {
            return;
        }
        if (lx->pos >= lx->len && lx->paren_depth > 0) {
            if (lx->parens[lx->paren_depth - 1].line >= far->line) {
                return;
            }
        }
        nlr_jump(nb.exc);
    }
}

// CPython takes the text of an error from its tokenizer's buffer (with the
// newline) when the error is on the line being read, else from the source
// (without it).
static int error_text_mode(Parser *p, uint32_t line) {
    uint32_t far = p->has_peek ? p->peek.line : p->tok.line;
    if (line < far && !p->fstring) {
        return LEX_TEXT_RAW;
    }
    return p->lexer.exec_input ? LEX_TEXT_NL : LEX_TEXT_LINE;
}

// Characters in src[from..to).
static int32_t chars_between(const char *src, uint32_t from, uint32_t to) {
    int32_t n = 0;
    for (uint32_t i = from; i < to; i++) {
        n += ((uint8_t)src[i] & 0xC0) != 0x80;
    }
    return n;
}

// An error inside an f-string expression: CPython parses the expression as
// "(expr)" and reports positions in that text.
static _Noreturn void fstring_error(Parser *p, const Type *type, uint32_t line, int32_t col, uint32_t end_line,
                                    int32_t end_col, const char *fmt, va_list ap) {
    Vstr msg;
    vstr_init(&msg, 64);
    vstr_add_cstr(&msg, "f-string: ");
    vstr_vprintf(&msg, fmt, ap);
    uint32_t ls = p->fstr_start, first_line = 1;
    while (ls > 0 && p->src[ls - 1] != '\n') {
        ls--;
    }
    for (uint32_t i = 0; i < ls; i++) {
        first_line += p->src[i] == '\n';
    }
    Vstr text;
    vstr_init(&text, p->fstr_end - p->fstr_start + 4);
    vstr_add_byte(&text, '(');
    vstr_add_bytes(&text, p->src + p->fstr_start, p->fstr_end - p->fstr_start);
    vstr_add_cstr(&text, ")\n");
    int32_t offset = col + 1, end_offset = end_col + 1;
    if (line == first_line && col >= 0) {
        uint32_t pos = ls + (uint32_t)col;
        offset = pos >= p->fstr_start ? chars_between(p->src, p->fstr_start, pos) + 2 : 1;
    }
    if (end_line == first_line && end_col >= 0) {
        uint32_t pos = ls + (uint32_t)end_col;
        end_offset = pos >= p->fstr_start ? chars_between(p->src, p->fstr_start, pos) + 2 : 1;
    }
    lex_raise_details(type, vstr_to_str(&msg), p->filename, line, offset, vstr_to_str(&text), end_line,
                      end_offset);
}

static _Noreturn void perror_v(Parser *p, const Type *type, uint32_t line, int32_t col, uint32_t end_line,
                               int32_t end_col, const char *fmt, va_list ap) {
    p->parser_raised = true;
    if (p->fstring) {
        fstring_error(p, type, line, col, end_line, end_col, fmt, ap);
    }
    int mode = error_text_mode(p, line);
    parse_check_rest(p);
    lex_verror_at(p->src, p->len, p->filename, type, line, col, end_line, end_col, mode, NULL, fmt, ap);
}

_Noreturn void parse_error_at(Parser *p, const Type *type, uint32_t line, int32_t col,
                              uint32_t end_line, int32_t end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    perror_v(p, type, line, col, end_line, end_col, fmt, ap);
}

_Noreturn void parse_error_node(Parser *p, const Node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    perror_v(p, &exc_SyntaxError_type, n->line, (int32_t)n->col, n->end_line, (int32_t)n->end_col, fmt, ap);
}

// "invalid syntax": like CPython, at the furthest token read (the
// look-ahead token when the parser peeked at one).
_Noreturn void parse_syntax_error(Parser *p) {
    Token *t = p->has_peek ? &p->peek : &p->tok;
    if (t->kind == T_INDENT) {
        parse_error_at(p, &exc_IndentationError_type, t->line, (int32_t)t->col - 1, t->line, -1,
                       "unexpected indent");
    }
    if (t->kind == T_DEDENT) {
        parse_error_at(p, &exc_IndentationError_type, t->line, (int32_t)t->col - 1, t->line, -1,
                       "unexpected unindent");
    }
    if (t->kind == T_NEWLINE && (t->flags & TOKF_IMPLICIT_NL)) {
        parse_error_at(p, &exc_SyntaxError_type, t->line, -1, t->line, LEX_END_ZERO, "invalid syntax");
    }
    parse_error_at(p, &exc_SyntaxError_type, t->line, (int32_t)t->col, t->end_line, (int32_t)t->end_col,
                   "invalid syntax");
}

_Noreturn void parse_expected(Parser *p, const char *what) {
    if (p->tok.kind != T_NEWLINE && p->tok.kind != T_ENDMARKER) {
        parse_syntax_error(p);
    }
    parse_error_at(p, &exc_SyntaxError_type, p->prev_end_line, (int32_t)p->prev_end_col, p->prev_end_line,
                   (int32_t)p->prev_end_col, "expected '%s'", what);
}

// --- statements ---------------------------------------------------------------

static NodeList parse_statement(Parser *p);
static Node *parse_simple_stmt(Parser *p);

static bool at_stmt_end(Parser *p) {
    int k = p->tok.kind;
    return k == T_NEWLINE || k == T_SEMI || k == T_ENDMARKER;
}

static NodeList parse_simple_stmts(Parser *p) {
    NodeVec v;
    vec_init(&v);
    for (;;) {
        vec_push(p, &v, parse_simple_stmt(p));
        if (!parse_accept(p, T_SEMI)) {
            break;
        }
        if (p->tok.kind == T_NEWLINE || p->tok.kind == T_ENDMARKER) {
            break;
        }
    }
    if (p->tok.kind == T_NEWLINE) {
        parse_advance(p);
    } else if (p->tok.kind != T_ENDMARKER) {
        parse_syntax_error(p);
    }
    return vec_finish(p, &v);
}

// ':' then, for an indented block, NEWLINE INDENT: returns true; for
// simple statements on the same line returns false. `what` names the
// statement for the IndentationError.
bool parse_block_open(Parser *p, const char *what, uint32_t line) {
    if (p->tok.kind != T_COLON) {
        // CPython's grammar requires the ':' after try, finally, else and a
        // def's parameters outright ("&&':'"): any other token is "expected
        // ':'" there; elsewhere only a NEWLINE is.
        if (strcmp(what, "'try' statement") == 0 || strcmp(what, "'finally' statement") == 0 ||
            strcmp(what, "'else' statement") == 0 || strcmp(what, "function definition") == 0) {
            parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                           (int32_t)p->tok.end_col, "expected ':'");
        }
        parse_expected(p, ":");
    }
    parse_advance(p);
    if (p->tok.kind != T_NEWLINE) {
        return false;
    }
    parse_advance(p);
    if (p->tok.kind != T_INDENT) {
        if (p->tok.kind == T_DEDENT) {
            parse_error_at(p, &exc_IndentationError_type, p->tok.line, (int32_t)p->tok.col - 1, p->tok.line, -1,
                           "expected an indented block after %s on line %u", what, (unsigned)line);
        }
        parse_error_at(p, &exc_IndentationError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                       (int32_t)p->tok.end_col, "expected an indented block after %s on line %u", what,
                       (unsigned)line);
    }
    parse_advance(p);
    return true;
}

// In an indented block: true while statements remain; consumes the DEDENT.
bool parse_block_next(Parser *p) {
    if (p->tok.kind == T_DEDENT) {
        parse_advance(p);
        return false;
    }
    return p->tok.kind != T_ENDMARKER;
}

NodeList parse_simple_line(Parser *p) { return parse_simple_stmts(p); }


NodeList parse_one_statement(Parser *p) { return parse_statement(p); }

static NodeList parse_block(Parser *p, const char *what, uint32_t line) {
    if (!parse_block_open(p, what, line)) {
        return parse_simple_stmts(p);
    }
    NodeVec v;
    vec_init(&v);
    while (parse_block_next(p)) {
        NodeList l = parse_statement(p);
        for (uint32_t i = 0; i < nl_len(l); i++) {
            vec_push(p, &v, nl_get(l, i));
        }
    }
    return vec_finish(p, &v);
}

static OUT_OF_LINE Node *parse_import(Parser *p) {
    Node *n = parse_node_tok(p, S_IMPORT);
    parse_advance(p);
    NodeVec v;
    vec_init(&v);
    do {
        if (p->tok.kind != T_NAME) {
            parse_syntax_error(p);
        }
        Node *a = parse_node_tok(p, N_ALIAS);
        Vstr name;
        vstr_init(&name, 16);
        for (;;) {
            vstr_add_value_str(&name, p->tok.value);
            parse_advance(p);
            if (!parse_accept(p, T_DOT)) {
                break;
            }
            if (p->tok.kind != T_NAME) {
                parse_syntax_error(p);
            }
            vstr_add_byte(&name, '.');
        }
        a->alias.name = str_intern(name.buf, name.len);
        if (parse_accept(p, T_AS)) {
            if (p->tok.kind != T_NAME) {
                parse_syntax_error(p);
            }
            a->alias.asname = p->tok.value;
            parse_advance(p);
        }
        parse_finish(p, a);
        vec_push(p, &v, a);
    } while (parse_accept(p, T_COMMA));
    n->import.names = vec_finish(p, &v);
    parse_finish(p, n);
    return n;
}

static OUT_OF_LINE Node *parse_from_import(Parser *p) {
    Node *n = parse_node_tok(p, S_IMPORTFROM);
    parse_advance(p);
    uint32_t level = 0;
    for (;;) {
        if (parse_accept(p, T_DOT)) {
            level++;
        } else if (parse_accept(p, T_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    Vstr name;
    vstr_init(&name, 16);
    if (p->tok.kind == T_NAME) {
        for (;;) {
            vstr_add_value_str(&name, p->tok.value);
            parse_advance(p);
            if (!parse_accept(p, T_DOT)) {
                break;
            }
            if (p->tok.kind != T_NAME) {
                parse_syntax_error(p);
            }
            vstr_add_byte(&name, '.');
        }
    } else if (level == 0) {
        parse_syntax_error(p);
    }
    n->import.module = str_intern(name.buf, name.len);
    n->import.level = level;
    if (!parse_accept(p, T_IMPORT)) {
        parse_syntax_error(p);
    }
    NodeVec v;
    vec_init(&v);
    if (p->tok.kind == T_STAR) {
        Node *a = parse_node_tok(p, N_ALIAS);
        a->alias.name = NAME(star_name);
        parse_advance(p);
        parse_finish(p, a);
        vec_push(p, &v, a);
    } else {
        bool paren = parse_accept(p, T_LPAR);
        for (;;) {
            if (p->tok.kind != T_NAME) {
                parse_syntax_error(p);
            }
            Node *a = parse_node_tok(p, N_ALIAS);
            a->alias.name = p->tok.value;
            parse_advance(p);
            if (parse_accept(p, T_AS)) {
                if (p->tok.kind != T_NAME) {
                    parse_syntax_error(p);
                }
                a->alias.asname = p->tok.value;
                parse_advance(p);
            }
            parse_finish(p, a);
            vec_push(p, &v, a);
            if (!parse_accept(p, T_COMMA)) {
                break;
            }
            if (paren && p->tok.kind == T_RPAR) {
                break;
            }
            if (!paren && at_stmt_end(p)) {
                parse_error_at(p, &exc_SyntaxError_type, p->prev_end_line, (int32_t)p->prev_end_col,
                               p->prev_end_line, (int32_t)p->prev_end_col,
                               "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (paren && !parse_accept(p, T_RPAR)) {
            parse_syntax_error(p);
        }
    }
    n->import.names = vec_finish(p, &v);
    parse_finish(p, n);
    return n;
}

static OUT_OF_LINE Node *parse_global(Parser *p, int kind) {
    Node *n = parse_node_tok(p, kind);
    parse_advance(p);
    NodeVec v;
    vec_init(&v);
    do {
        if (p->tok.kind != T_NAME) {
            parse_syntax_error(p);
        }
        Node *name = parse_node_tok(p, E_NAME);
        name->name.id = p->tok.value;
        parse_advance(p);
        parse_finish(p, name);
        vec_push(p, &v, name);
    } while (parse_accept(p, T_COMMA));
    n->global.names = vec_finish(p, &v);
    parse_finish(p, n);
    return n;
}

static int augassign_op(int kind) {
    switch (kind) {
    case T_PLUSEQUAL: return BINOP_ADD;
    case T_MINEQUAL: return BINOP_SUB;
    case T_STAREQUAL: return BINOP_MUL;
    case T_ATEQUAL: return BINOP_MATMUL;
    case T_SLASHEQUAL: return BINOP_TRUEDIV;
    case T_DOUBLESLASHEQUAL: return BINOP_FLOORDIV;
    case T_PERCENTEQUAL: return BINOP_MOD;
    case T_DOUBLESTAREQUAL: return BINOP_POW;
    case T_LEFTSHIFTEQUAL: return BINOP_LSHIFT;
    case T_RIGHTSHIFTEQUAL: return BINOP_RSHIFT;
    case T_AMPEREQUAL: return BINOP_AND;
    case T_VBAREQUAL: return BINOP_OR;
    case T_CIRCUMFLEXEQUAL: return BINOP_XOR;
    default: return -1;
    }
}

static bool target_ok(const Node *t) {
    switch (t->kind) {
    case E_NAME: case E_ATTR: case E_SUBSCRIPT:
        return true;
    case E_STARRED:
        return target_ok(t->un.value);
    case E_TUPLE: case E_LIST:
        for (uint32_t i = 0; i < nl_len(t->seq.elts); i++) {
            if (!target_ok(nl_get(t->seq.elts, i))) {
                return false;
            }
        }
        return true;
    default:
        return false;
    }
}

// `t =`: t must be a target. For an invalid first target of a statement,
// CPython's invalid_named_expression rule looks at its last element (the
// whole target unless it is an unparenthesised tuple) when a plain value
// follows the '=' and no further '=': "Maybe you meant '=='...".
static void check_assign_target(Parser *p, Node *t, bool first) {
    if (!first || target_ok(t)) {
        parse_check_target(p, t, TARGET_STORE);
        return;
    }
    Node *h = t;
    if (t->kind == E_TUPLE && !(t->flags & NF_PAREN) && nl_len(t->seq.elts) > 0) {
        h = nl_get(t->seq.elts, nl_len(t->seq.elts) - 1);
    }
    bool name = h->kind == E_NAME && !(h->flags & NF_PAREN);
    bool other = !name && h->kind != E_STARRED && h->kind != E_LIST && h->kind != E_TUPLE &&
                 h->kind != E_GENEXP && h->kind != E_YIELD && h->kind != E_YIELDFROM &&
                 !(h->kind == E_CONST && (h->v == VAL_NONE || h->v == VAL_TRUE || h->v == VAL_FALSE));
    Token *next = parse_peek(p);
    if ((name || other) && parse_starts_expr(next->kind) && next->kind != T_NOT && next->kind != T_LAMBDA) {
        parse_advance(p);
        Node *rhs = parse_bitor(p);
        if (p->tok.kind != T_EQUAL && p->tok.kind != T_COLONEQUAL) {
            if (name) {
                parse_error_at(p, &exc_SyntaxError_type, h->line, (int32_t)h->col, rhs->end_line,
                               (int32_t)rhs->end_col, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            parse_error_node(p, h, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             parse_expr_name(h));
        }
    }
    parse_check_target(p, t, TARGET_STORE);
}

static Node *parse_rhs(Parser *p) {
    return p->tok.kind == T_YIELD ? parse_yield_expr(p) : parse_star_expressions(p);
}

// Expression statements, assignments, augmented and annotated assignments.
// The rest of a chained assignment `first = second = ...` into n, the
// current token the second '='. Out of line: most assignments have one
// target, and the vector would otherwise be in the frame under every
// assignment's value.
static OUT_OF_LINE void parse_assign_chain(Parser *p, Node *n, Node *first, Node *second) {
    NodeVec targets;
    vec_init(&targets);
    vec_push(p, &targets, first);
    Node *value = second;
    while (p->tok.kind == T_EQUAL) {
        vec_push(p, &targets, value);
        check_assign_target(p, value, false);
        parse_advance(p);   // '='
        value = parse_rhs(p);
    }
    n->assign.targets = vec_finish(p, &targets);
    n->assign.value = value;
}

static Node *parse_expr_stmt(Parser *p) {
    Node *first = parse_rhs(p);
    int k = p->tok.kind;
    if (k == T_EQUAL) {
        check_assign_target(p, first, true);
        parse_advance(p);   // '='
        Node *value = parse_rhs(p);
        Node *n = parse_node(p, S_ASSIGN, first->line, first->col);
        if (p->tok.kind == T_EQUAL) {
            parse_assign_chain(p, n, first, value);
        } else {
            n->assign.targets = node_list1(p, first);
            n->assign.value = value;
        }
        parse_finish(p, n);
        return n;
    }
    int op = augassign_op(k);
    if (op >= 0) {
        if (first->kind != E_NAME && first->kind != E_ATTR && first->kind != E_SUBSCRIPT) {
            parse_error_node(p, first, "'%s' is an illegal expression for augmented assignment",
                             parse_expr_name(first));
        }
        parse_check_target(p, first, TARGET_STORE);
        parse_advance(p);
        Node *n = parse_node(p, S_AUGASSIGN, first->line, first->col);
        n->op = (uint8_t)op;
        n->aug.target = first;
        n->aug.value = parse_rhs(p);
        parse_finish(p, n);
        return n;
    }
    if (k == T_COLON) {
        // Only `target ':' expression` is an annotation. CPython's first
        // pass reads past the ':' only for a valid single target.
        Token *after = parse_peek(p);
        if (!parse_starts_expr(after->kind) && after->kind != T_YIELD) {
            bool single = (first->kind == E_NAME || first->kind == E_ATTR || first->kind == E_SUBSCRIPT);
            if (!single) {
                parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                               (int32_t)p->tok.end_col, "invalid syntax");
            }
            parse_syntax_error(p);
        }
        if (first->kind == E_TUPLE) {
            parse_error_node(p, first, "only single target (not tuple) can be annotated");
        }
        if (first->kind == E_LIST) {
            parse_error_node(p, first, "only single target (not list) can be annotated");
        }
        if (first->kind != E_NAME && first->kind != E_ATTR && first->kind != E_SUBSCRIPT) {
            parse_error_node(p, first, "illegal target for annotation");
        }
        parse_check_target(p, first, TARGET_STORE);
        parse_advance(p);
        Node *n = parse_node(p, S_ANNASSIGN, first->line, first->col);
        n->ann.target = first;
        n->ann.annotation = parse_expression(p);
        if (parse_accept(p, T_EQUAL)) {
            n->ann.value = parse_rhs(p);
        }
        if (first->kind == E_NAME && !(first->flags & NF_PAREN)) {
            n->flags |= NF_SIMPLE;
        }
        parse_finish(p, n);
        return n;
    }
    if (k == T_COLONEQUAL && first->kind != E_NAME) {
        parse_error_node(p, first, "cannot use assignment expressions with %s", parse_expr_name(first));
    }
    if (first->kind == E_NAME && (first->name.id == NAME(print) || first->name.id == NAME(exec)) &&
        (p->tok.kind == T_STRING || p->tok.kind == T_NAME || p->tok.kind == T_NUMBER)) {
        Node *rest = parse_star_expressions(p);
        parse_error_at(p, &exc_SyntaxError_type, first->line, (int32_t)first->col, rest->end_line,
                       (int32_t)rest->end_col, "Missing parentheses in call to '%S'. Did you mean %S(...)?",
                       first->name.id, first->name.id);
    }
    Node *n = parse_node(p, S_EXPR, first->line, first->col);
    n->un.value = first;
    parse_finish(p, n);
    return n;
}

static Node *parse_simple_stmt(Parser *p) {
    Node *n;
    switch (p->tok.kind) {
    case T_PASS: case T_BREAK: case T_CONTINUE:
        n = parse_node_tok(p, p->tok.kind == T_PASS ? S_PASS : p->tok.kind == T_BREAK ? S_BREAK : S_CONTINUE);
        parse_advance(p);
        parse_finish(p, n);
        return n;
    case T_RETURN:
        n = parse_node_tok(p, S_RETURN);
        parse_advance(p);
        if (!at_stmt_end(p)) {
            n->un.value = parse_star_expressions(p);
        }
        parse_finish(p, n);
        return n;
    case T_RAISE:
        n = parse_node_tok(p, S_RAISE);
        parse_advance(p);
        if (!at_stmt_end(p)) {
            n->raise.exc = parse_expression(p);
            if (parse_accept(p, T_FROM)) {
                n->raise.cause = parse_expression(p);
            }
        }
        parse_finish(p, n);
        return n;
    case T_GLOBAL:
        return parse_global(p, S_GLOBAL);
    case T_NONLOCAL:
        return parse_global(p, S_NONLOCAL);
    case T_DEL: {
        n = parse_node_tok(p, S_DELETE);
        parse_advance(p);
        Node *t = parse_star_named_expressions(p);
        if (t->kind == E_TUPLE && !(t->flags & NF_PAREN)) {
            for (uint32_t i = 0; i < nl_len(t->seq.elts); i++) {
                parse_check_target(p, nl_get(t->seq.elts, i), TARGET_DEL);
            }
            n->del.targets = t->seq.elts;
        } else {
            parse_check_target(p, t, TARGET_DEL);
            n->del.targets = node_list1(p, t);
        }
        parse_finish(p, n);
        return n;
    }
    case T_ASSERT:
        n = parse_node_tok(p, S_ASSERT);
        parse_advance(p);
        n->assert_.test = parse_expression(p);
        if (parse_accept(p, T_COMMA)) {
            n->assert_.msg = parse_expression(p);
        }
        parse_finish(p, n);
        return n;
    case T_IMPORT:
        return parse_import(p);
    case T_FROM:
        return parse_from_import(p);
    default:
        if (!parse_starts_expr(p->tok.kind) && p->tok.kind != T_STAR && p->tok.kind != T_YIELD) {
            parse_syntax_error(p);
        }
        return parse_expr_stmt(p);
    }
}

// if/while conditions: `if x = 1:` gets CPython's hint.
static Node *parse_condition(Parser *p) {
    Node *e = parse_named_expression(p);
    parse_eq_hint(p, e);
    return e;
}

Node *parse_if_header(Parser *p) {
    Node *n = parse_node_tok(p, S_IF);
    parse_advance(p);   // 'if' or 'elif'
    n->cond.test = parse_condition(p);
    return n;
}

static Node *parse_if(Parser *p, const char *what) {
    uint32_t line = p->tok.line;
    Node *n = parse_if_header(p);
    n->cond.body = parse_block(p, what, line);
    if (p->tok.kind == T_ELIF) {
        n->cond.orelse = node_list1(p, parse_if(p, "'elif' statement"));
    } else if (p->tok.kind == T_ELSE) {
        uint32_t el = p->tok.line;
        parse_advance(p);
        n->cond.orelse = parse_block(p, "'else' statement", el);
    }
    parse_finish(p, n);
    return n;
}

static NodeList parse_else(Parser *p) {
    if (p->tok.kind != T_ELSE) {
        return NULL;
    }
    uint32_t line = p->tok.line;
    parse_advance(p);
    return parse_block(p, "'else' statement", line);
}

Node *parse_with_header(Parser *p, Node *n) {
    n->kind = S_WITH;
    parse_advance(p);
    NodeVec items;
    vec_init(&items);
    if (p->tok.kind == T_LPAR) {
        // Either parenthesised with-items or an expression starting with '('.
        uint32_t pl = p->tok.line, pc = p->tok.col;
        parse_advance(p);
        bool any_as = false, comma = false;
        while (p->tok.kind != T_RPAR) {
            Node *it = parse_node_tok(p, N_WITHITEM);
            it->withitem.expr = p->tok.kind == T_YIELD ? parse_yield_expr(p) : parse_named_expression(p);
            if (parse_accept(p, T_AS)) {
                it->withitem.vars = parse_single_target(p);
                any_as = true;
            }
            parse_finish(p, it);
            vec_push(p, &items, it);
            if (!parse_accept(p, T_COMMA)) {
                if (p->tok.kind != T_RPAR) {
                    parse_check_comma(p, it->withitem.expr);
                    parse_syntax_error(p);
                }
                break;
            }
            comma = true;
        }
        parse_advance(p);
        if (p->tok.kind != T_COLON) {
            if (any_as || items.n == 0) {
                parse_syntax_error(p);
            }
            Node *atom;
            if (items.n == 1 && !comma) {
                atom = items.items[0]->withitem.expr;
            } else {
                NodeVec elts;
                vec_init(&elts);
                for (uint32_t i = 0; i < items.n; i++) {
                    vec_push(p, &elts, items.items[i]->withitem.expr);
                }
                atom = parse_node(p, E_TUPLE, pl, pc);
                atom->seq.elts = vec_finish(p, &elts);
            }
            atom->line = pl;
            atom->col = pc;
            atom->end_line = p->prev_end_line;
            atom->end_col = p->prev_end_col;
            atom->flags |= NF_PAREN;
            vec_init(&items);
            p->pending_atom = atom;
            goto plain;
        }
    } else {
    plain:
        do {
            Node *it = parse_node_tok(p, N_WITHITEM);
            if (p->pending_atom) {
                it->line = p->pending_atom->line;
                it->col = p->pending_atom->col;
            }
            it->withitem.expr = parse_expression(p);
            if (parse_accept(p, T_AS)) {
                it->withitem.vars = parse_single_target(p);
            }
            parse_finish(p, it);
            vec_push(p, &items, it);
        } while (parse_accept(p, T_COMMA));
    }
    n->with.items = vec_finish(p, &items);
    return n;
}

static Node *parse_with(Parser *p, Node *n) {
    uint32_t line = p->tok.line;
    parse_with_header(p, n);
    n->with.body = parse_block(p, "'with' statement", line);
    parse_finish(p, n);
    return n;
}

static Node *parse_try(Parser *p) {
    Node *n = parse_node_tok(p, S_TRY);
    uint32_t line = p->tok.line;
    parse_advance(p);
    n->tryb.body = parse_block(p, "'try' statement", line);
    NodeVec handlers;
    vec_init(&handlers);
    while (p->tok.kind == T_EXCEPT) {
        Node *h = parse_node_tok(p, N_HANDLER);
        uint32_t hl = p->tok.line;
        parse_advance(p);
        if (p->tok.kind == T_STAR) {
            parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                           (int32_t)p->tok.end_col, "except* is not supported");
        }
        if (p->tok.kind == T_NEWLINE) {
            parse_expected(p, ":");
        }
        if (p->tok.kind != T_COLON) {
            h->handler.type = parse_expression(p);
            if (p->tok.kind == T_COMMA) {
                // except A, B [as e]:
                while (parse_accept(p, T_COMMA)) {
                    parse_expression(p);
                }
                if (parse_accept(p, T_AS)) {
                    if (p->tok.kind != T_NAME) {
                        parse_syntax_error(p);
                    }
                    parse_advance(p);
                }
                if (p->tok.kind != T_COLON) {
                    parse_syntax_error(p);
                }
                parse_error_at(p, &exc_SyntaxError_type, h->handler.type->line, (int32_t)h->handler.type->col,
                               p->prev_end_line, (int32_t)p->prev_end_col,
                               "multiple exception types must be parenthesized");
            }
            if (parse_accept(p, T_AS)) {
                if (p->tok.kind != T_NAME) {
                    parse_syntax_error(p);
                }
                h->handler.name = p->tok.value;
                parse_advance(p);
            }
        }
        h->handler.body = parse_block(p, "'except' statement", hl);
        parse_finish(p, h);
        vec_push(p, &handlers, h);
    }
    n->tryb.handlers = vec_finish(p, &handlers);
    if (handlers.n > 0) {
        n->tryb.orelse = parse_else(p);
    }
    if (p->tok.kind == T_FINALLY) {
        uint32_t fl = p->tok.line;
        parse_advance(p);
        n->tryb.finalbody = parse_block(p, "'finally' statement", fl);
    }
    if (handlers.n == 0 && n->tryb.finalbody == NULL) {
        // At an INDENT or DEDENT, CPython's offset is the indentation width.
        if (p->tok.kind == T_INDENT || p->tok.kind == T_DEDENT) {
            parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col - 1, p->tok.line, -1,
                           "expected 'except' or 'finally' block");
        }
        parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                       p->tok.kind == T_NEWLINE || p->tok.kind == T_DEDENT || p->tok.kind == T_ENDMARKER
                           ? -1
                           : (int32_t)p->tok.end_col,
                       "expected 'except' or 'finally' block");
    }
    parse_finish(p, n);
    return n;
}

static Node *parse_funcdef(Parser *p, Node *n, NodeList decorators) {
    uint32_t line = p->tok.line;
    parse_advance(p);   // 'def'
    n->kind = S_FUNCDEF;
    if (p->tok.kind != T_NAME) {
        parse_syntax_error(p);
    }
    n->func.name = p->tok.value;
    parse_advance(p);
    if (p->tok.kind != T_LPAR) {
        parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                       (int32_t)p->tok.end_col, "expected '('");
    }
    parse_advance(p);
    n->func.args = parse_params(p, false);
    parse_advance(p);   // ')'
    if (parse_accept(p, T_RARROW)) {
        n->func.returns = parse_expression(p);
    }
    n->func.decorators = decorators;
    n->func.body = parse_block(p, "function definition", line);
    parse_finish(p, n);
    return n;
}

Node *parse_class_header(Parser *p, Node *n, NodeList decorators) {
    parse_advance(p);
    n->kind = S_CLASSDEF;
    if (p->tok.kind != T_NAME) {
        parse_syntax_error(p);
    }
    n->cls.name = p->tok.value;
    parse_advance(p);
    if (parse_accept(p, T_LPAR)) {
        Node call;
        memset(&call, 0, sizeof(call));
        parse_call_args(p, &call, false);
        n->cls.bases = call.call.args;
        n->cls.keywords = call.call.keywords;
    }
    n->cls.decorators = decorators;
    return n;
}

static Node *parse_classdef(Parser *p, Node *n, NodeList decorators) {
    uint32_t line = p->tok.line;
    parse_class_header(p, n, decorators);
    n->cls.body = parse_block(p, "class definition", line);
    parse_finish(p, n);
    return n;
}

NodeList parse_decorators(Parser *p) {
    NodeVec v;
    vec_init(&v);
    while (parse_accept(p, T_AT)) {
        vec_push(p, &v, parse_named_expression(p));
        if (!parse_accept(p, T_NEWLINE)) {
            parse_syntax_error(p);
        }
    }
    return vec_finish(p, &v);
}

// A node big enough for any compound statement kind (set by the caller).
Node *parse_compound_node(Parser *p, uint32_t line, uint32_t col) {
    Node *n = parse_node(p, S_FUNCDEF, line, col);
    n->kind = S_PASS;
    return n;
}

Node *parse_while_header(Parser *p, Node *n) {
    n->kind = S_WHILE;
    parse_advance(p);
    n->cond.test = parse_condition(p);
    return n;
}

Node *parse_for_header(Parser *p, Node *n) {
    n->kind = S_FOR;
    parse_advance(p);
    n->forl.target = parse_star_targets(p);
    if (!parse_accept(p, T_IN)) {
        parse_syntax_error(p);
    }
    n->forl.iter = parse_star_expressions(p);
    return n;
}

// A compound statement whose decorators (possibly none) are parsed.
Node *parse_compound_rest(Parser *p, NodeList decorators, uint32_t line, uint32_t col) {
    Node *n = parse_compound_node(p, line, col);
    if (p->tok.kind == T_ASYNC) {
        parse_advance(p);
        n->flags |= NF_ASYNC;
        if (p->tok.kind == T_FOR || p->tok.kind == T_WITH) {
            if (decorators) {
                parse_syntax_error(p);
            }
        } else if (p->tok.kind != T_DEF) {
            parse_syntax_error(p);
        }
    }
    switch (p->tok.kind) {
    case T_DEF:
        return parse_funcdef(p, n, decorators);
    case T_CLASS:
        if (n->flags & NF_ASYNC) {
            parse_syntax_error(p);
        }
        return parse_classdef(p, n, decorators);
    default:
        break;
    }
    if (decorators) {
        parse_syntax_error(p);
    }
    uint32_t kwline = p->tok.line;
    switch (p->tok.kind) {
    case T_IF:
        return parse_if(p, "'if' statement");
    case T_WHILE:
        parse_while_header(p, n);
        n->cond.body = parse_block(p, "'while' statement", kwline);
        n->cond.orelse = parse_else(p);
        parse_finish(p, n);
        return n;
    case T_FOR:
        parse_for_header(p, n);
        n->forl.body = parse_block(p, "'for' statement", kwline);
        n->forl.orelse = parse_else(p);
        parse_finish(p, n);
        return n;
    case T_WITH:
        return parse_with(p, n);
    case T_TRY:
        return parse_try(p);
    default:
        parse_syntax_error(p);
    }
}

static Node *parse_compound(Parser *p) {
    uint32_t line = p->tok.line, col = p->tok.col;
    NodeList decorators = p->tok.kind == T_AT ? parse_decorators(p) : NULL;
    return parse_compound_rest(p, decorators, line, col);
}

static NodeList parse_statement(Parser *p) {
    switch (p->tok.kind) {
    case T_IF: case T_WHILE: case T_FOR: case T_TRY: case T_WITH: case T_DEF: case T_CLASS:
    case T_AT: case T_ASYNC:
        return node_list1(p, parse_compound(p));
    default:
        return parse_simple_stmts(p);
    }
}

// --- entry points ---------------------------------------------------------------

void parser_init(Parser *p, const char *src, uint32_t len, Value filename, int mode) {
    memset(p, 0, sizeof(*p));
    p->src = src;
    p->len = len;
    p->filename = filename;
    p->mode = (uint8_t)mode;
    lex_init(&p->lexer, src, len, filename);
    p->lexer.exec_input = mode == COMPILE_FILE;
    p->lx = &p->lexer;
    lex_next(p->lx, &p->tok);
}

NodeList parse_next_statement(Parser *p) {
    if (p->tok.kind == T_ENDMARKER) {
        return NULL;
    }
    NodeList l = parse_statement(p);
    if (p->mode == COMPILE_SINGLE && p->tok.kind != T_ENDMARKER) {
        parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                       (int32_t)p->tok.end_col, "multiple statements found while compiling a single statement");
    }
    return l;
}

Node *parse_eval_input(Parser *p) {
    if (p->tok.kind == T_INDENT) {
        parse_syntax_error(p);
    }
    Node *e = parse_star_expressions(p);
    while (parse_accept(p, T_NEWLINE)) {
    }
    if (p->tok.kind != T_ENDMARKER) {
        parse_syntax_error(p);
    }
    return e;
}
