// Expression parsing: precedence climbing for the binary operators,
// recursive descent for the rest (atoms, displays, comprehensions, calls,
// subscripts, lambdas, parameters; strings are parser_strings.c's). Errors follow
// CPython 3.11's messages for the common mistakes.
#include <string.h>
#include "bytecode.h"
#include "parser.h"
#include "vm.h"
#include "nlr.h"
#include "vm_raise.h"

static Node *parse_atom(Parser *p);
ON_EVERY_LEVEL Node *parse_factor(Parser *p);
static Node *parse_comp_fors(Parser *p, Node *comp);

bool parse_starts_expr(int k) {
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_LAMBDA: case T_AWAIT:
    case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

const char *parse_expr_name(const Node *n) {
    switch (n->kind) {
    case E_ATTR: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_STARRED: return "starred";
    case E_NAME: return "name";
    case E_LIST: return "list";
    case E_TUPLE: return "tuple";
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_BOOLOP: case E_BINOP: case E_UNARYOP: return "expression";
    case E_GENEXP: return "generator expression";
    case E_YIELD: case E_YIELDFROM: return "yield expression";
    case E_AWAIT: return "await expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_JOINEDSTR: case E_FORMATTED: return "f-string expression";
    case E_CONST:
        if (n->v == VAL_NONE) {
            return "None";
        }
        if (n->v == VAL_TRUE) {
            return "True";
        }
        if (n->v == VAL_FALSE) {
            return "False";
        }
        if (n->v == VAL_ELLIPSIS) {
            return "ellipsis";
        }
        return "literal";
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

// --- targets ----------------------------------------------------------------

void parse_check_target(Parser *p, Node *n, int ctx) {
    switch (n->kind) {
    case E_NAME: case E_ATTR: case E_SUBSCRIPT:
        return;   // (__debug__ is checked by the compiler, as CPython does)
    case E_STARRED:
        if (ctx == TARGET_DEL) {
            parse_error_node(p, n, "cannot delete starred");
        }
        parse_check_target(p, n->un.value, ctx);
        return;
    case E_TUPLE:
    case E_LIST:
        for (uint32_t i = 0; i < nl_len(n->seq.elts); i++) {
            parse_check_target(p, nl_get(n->seq.elts, i), ctx);
        }
        return;
    default:
        break;
    }
    const char *what = parse_expr_name(n);
    if (ctx == TARGET_DEL) {
        parse_error_node(p, n, "cannot delete %s", what);
    }
    if (n->kind == E_YIELD || n->kind == E_YIELDFROM) {
        parse_error_node(p, n, "assignment to yield expression not possible");
    }
    parse_error_node(p, n, "cannot assign to %s", what);
}

// star_target list: ('*'? bitwise_or) (',' ...)* [','], a tuple if a comma.
static Node *parse_star_target(Parser *p) {
    if (p->tok.kind == T_STAR) {
        Node *s = parse_node_tok(p, E_STARRED);
        parse_advance(p);
        s->un.value = parse_bitor(p);
        parse_finish(p, s);
        return s;
    }
    return parse_bitor(p);
}

Node *parse_star_targets(Parser *p) {
    Node *first = parse_star_target(p);
    if (p->tok.kind != T_COMMA) {
        parse_check_target(p, first, TARGET_STORE);
        return first;
    }
    NodeVec v;
    vec_init(&v);
    vec_push(p, &v, first);
    while (parse_accept(p, T_COMMA)) {
        if (!parse_starts_expr(p->tok.kind) && p->tok.kind != T_STAR) {
            break;
        }
        vec_push(p, &v, parse_star_target(p));
    }
    Node *t = parse_node(p, E_TUPLE, first->line, first->col);
    t->seq.elts = vec_finish(p, &v);
    parse_finish(p, t);
    parse_check_target(p, t, TARGET_STORE);
    return t;
}

Node *parse_single_target(Parser *p) {
    Node *t = parse_star_target(p);
    parse_check_target(p, t, TARGET_STORE);
    return t;
}

// --- operators --------------------------------------------------------------

void parse_enter(Parser *p) {
    if (++p->depth > PARSE_MAX_DEPTH) {
        parse_depth_error();
    }
    vm_check_c_stack();
}

void parse_depth_error(void) {
    vm_raise(&exc_RecursionError_type, "maximum recursion depth exceeded during compilation");
}

static Node *make_binop(Parser *p, Node *left, int op, Node *right) {
    Node *n = parse_node(p, E_BINOP, left->line, left->col);
    n->op = (uint8_t)op;
    n->bin.left = left;
    n->bin.right = right;
    parse_span(n, left, right);
    return n;
}

static int binop_prec(int kind, int *op) {
    switch (kind) {
    case T_VBAR: *op = BINOP_OR; return 1;
    case T_CIRCUMFLEX: *op = BINOP_XOR; return 2;
    case T_AMPER: *op = BINOP_AND; return 3;
    case T_LEFTSHIFT: *op = BINOP_LSHIFT; return 4;
    case T_RIGHTSHIFT: *op = BINOP_RSHIFT; return 4;
    case T_PLUS: *op = BINOP_ADD; return 5;
    case T_MINUS: *op = BINOP_SUB; return 5;
    case T_STAR: *op = BINOP_MUL; return 6;
    case T_SLASH: *op = BINOP_TRUEDIV; return 6;
    case T_DOUBLESLASH: *op = BINOP_FLOORDIV; return 6;
    case T_PERCENT: *op = BINOP_MOD; return 6;
    case T_AT: *op = BINOP_MATMUL; return 6;
    default: return 0;
    }
}

static Node *parse_binary(Parser *p, int min_prec) {
    Node *left = parse_factor(p);
    for (;;) {
        int op;
        int prec = binop_prec(p->tok.kind, &op);
        if (prec == 0 || prec < min_prec) {
            return left;
        }
        parse_advance(p);
        Node *right = parse_binary(p, prec + 1);
        left = make_binop(p, left, op, right);
    }
}

Node *parse_bitor(Parser *p) { return parse_binary(p, 1); }

// value[slices], the current token the '['; (line, col) is where the
// primary starts. Out of line, so that its vector is not in the frame of
// every nesting level.
static OUT_OF_LINE Node *parse_subscript(Parser *p, Node *value, uint32_t line, uint32_t col) {
    parse_advance(p);
    Node *s = parse_node(p, E_SUBSCRIPT, line, col);
    s->sub.value = value;
    // slices: slice (',' slice)* [',']
    NodeVec v;
    vec_init(&v);
    bool tuple = false;
    uint32_t l0 = p->tok.line, c0 = p->tok.col;
    for (;;) {
        Node *item;
        if (p->tok.kind == T_STAR) {
            item = parse_node_tok(p, E_STARRED);
            parse_advance(p);
            item->un.value = parse_bitor(p);
            parse_finish(p, item);
        } else {
            Node *lower = NULL;
            uint32_t ll = p->tok.line, lc = p->tok.col;
            if (p->tok.kind != T_COLON) {
                lower = parse_named_expression(p);
                parse_eq_hint(p, lower);
            }
            if (p->tok.kind == T_COLON) {
                item = parse_node(p, E_SLICE, ll, lc);
                item->slice.lower = lower;
                parse_advance(p);
                int t = p->tok.kind;
                if (t != T_COLON && t != T_RSQB && t != T_COMMA) {
                    item->slice.upper = parse_expression(p);
                }
                if (parse_accept(p, T_COLON)) {
                    t = p->tok.kind;
                    if (t != T_RSQB && t != T_COMMA) {
                        item->slice.step = parse_expression(p);
                    }
                }
                parse_finish(p, item);
            } else {
                item = lower;
            }
        }
        vec_push(p, &v, item);
        if (!parse_accept(p, T_COMMA)) {
            break;
        }
        tuple = true;
        if (p->tok.kind == T_RSQB) {
            break;
        }
    }
    if (p->tok.kind != T_RSQB) {
        parse_check_comma(p, v.items[v.n - 1]);
        parse_syntax_error(p);
    }
    if (tuple) {
        Node *t = parse_node(p, E_TUPLE, l0, c0);
        t->seq.elts = vec_finish(p, &v);
        parse_finish(p, t);
        s->sub.index = t;
    } else {
        s->sub.index = v.items[0];
    }
    parse_advance(p);
    parse_finish(p, s);
    return s;
}

// primary: atom trailers
static Node *parse_primary(Parser *p) {
    // Trailer nodes start at the atom's first token (its '(' when parenthesised).
    uint32_t sl = p->tok.line, sc = p->tok.col;
    if (p->pending_atom) {
        sl = p->pending_atom->line;
        sc = p->pending_atom->col;
    }
    Node *e = parse_atom(p);
    for (;;) {
        int k = p->tok.kind;
        if (k == T_DOT) {
            parse_advance(p);
            if (p->tok.kind != T_NAME) {
                parse_syntax_error(p);
            }
            Node *a = parse_node(p, E_ATTR, sl, sc);
            a->attr.value = e;
            a->attr.attr = p->tok.value;
            parse_advance(p);
            parse_finish(p, a);
            e = a;
        } else if (k == T_LPAR) {
            Node *c = parse_node(p, E_CALL, sl, sc);
            c->call.func = e;
            parse_advance(p);
            parse_call_args(p, c, true);
            parse_finish(p, c);
            e = c;
        } else if (k == T_LSQB) {
            e = parse_subscript(p, e, sl, sc);
        } else {
            return e;
        }
    }
}

// base ** factor, the current token the '**'.
static OUT_OF_LINE Node *parse_pow_rest(Parser *p, Node *base) {
    parse_advance(p);
    parse_enter(p);
    Node *right = parse_factor(p);
    parse_leave(p);
    return make_binop(p, base, BINOP_POW, right);
}

// await primary, the current token the 'await'.
static OUT_OF_LINE Node *parse_await(Parser *p) {
    Node *e = parse_node_tok(p, E_AWAIT);
    parse_advance(p);
    e->un.value = parse_primary(p);
    parse_finish(p, e);
    return e;
}

ON_EVERY_LEVEL Node *parse_power(Parser *p) {
    Node *e = p->tok.kind == T_AWAIT ? parse_await(p) : parse_primary(p);
    return p->tok.kind == T_DOUBLESTAR ? parse_pow_rest(p, e) : e;
}

// A prefix operator (-x, +x, ~x, not x), the current token the operator:
// `op` applied to what `operand` parses after it.
static OUT_OF_LINE Node *parse_prefix(Parser *p, int op, Node *(*operand)(Parser *)) {
    Node *n = parse_node_tok(p, E_UNARYOP);
    n->op = op;
    parse_advance(p);
    parse_enter(p);
    n->un.value = operand(p);
    parse_leave(p);
    parse_finish(p, n);
    return n;
}

ON_EVERY_LEVEL Node *parse_factor(Parser *p) {
    switch (p->tok.kind) {
        case T_MINUS: return parse_prefix(p, UOP_NEG, parse_factor);
        case T_PLUS: return parse_prefix(p, UOP_POS, parse_factor);
        case T_TILDE: return parse_prefix(p, UOP_INVERT, parse_factor);
        default: return parse_power(p);
    }
}

static int comp_op(Parser *p) {
    switch (p->tok.kind) {
    case T_LESS: return CMPX_LT;
    case T_LESSEQUAL: return CMPX_LE;
    case T_EQEQUAL: return CMPX_EQ;
    case T_NOTEQUAL: return CMPX_NE;
    case T_GREATER: return CMPX_GT;
    case T_GREATEREQUAL: return CMPX_GE;
    case T_IN: return CMPX_IN;
    case T_IS: return parse_peek(p)->kind == T_NOT ? CMPX_ISNOT : CMPX_IS;
    case T_NOT: return parse_peek(p)->kind == T_IN ? CMPX_NOTIN : -1;
    default: return -1;
    }
}

// The operators and operands after the first of a comparison chain (op is
// the first operator): out of line, so that its vector and operator buffer
// are not in the frame of every nesting level.
static OUT_OF_LINE Node *parse_comparison_rest(Parser *p, Node *left, int op) {
    NodeVec v;
    vec_init(&v);
    uint8_t ops_inline[16];
    uint8_t *ops = ops_inline;
    uint32_t nops = 0, cap = 16;
    while (op >= 0) {
        parse_advance(p);
        if (op == CMPX_ISNOT || op == CMPX_NOTIN) {
            parse_advance(p);
        }
        if (nops == cap) {
            uint8_t *n = arena_alloc(&p->arena, cap * 2);
            memcpy(n, ops, cap);
            ops = n;
            cap *= 2;
        }
        ops[nops++] = (uint8_t)op;
        vec_push(p, &v, parse_bitor(p));
        op = comp_op(p);
    }
    Node *n = parse_node(p, E_COMPARE, left->line, left->col);
    n->cmp.left = left;
    n->cmp.ops = arena_alloc(&p->arena, nops);
    memcpy(n->cmp.ops, ops, nops);
    n->cmp.comparators = vec_finish(p, &v);
    parse_finish(p, n);
    return n;
}

ON_EVERY_LEVEL Node *parse_comparison(Parser *p) {
    Node *left = parse_bitor(p);
    int op = comp_op(p);
    return op < 0 ? left : parse_comparison_rest(p, left, op);
}

ON_EVERY_LEVEL Node *parse_inversion(Parser *p);

ON_EVERY_LEVEL Node *parse_inversion(Parser *p) {
    return p->tok.kind == T_NOT ? parse_prefix(p, UOP_NOT, parse_inversion) : parse_comparison(p);
}

ON_EVERY_LEVEL Node *parse_conjunction(Parser *p);

// The operands after the first of an and/or chain (tok: T_AND or T_OR).
static OUT_OF_LINE Node *parse_boolop_rest(Parser *p, Node *first, int tok) {
    NodeVec v;
    vec_init(&v);
    vec_push(p, &v, first);
    while (parse_accept(p, tok)) {
        vec_push(p, &v, tok == T_OR ? parse_conjunction(p) : parse_inversion(p));
    }
    Node *n = parse_node(p, E_BOOLOP, first->line, first->col);
    n->op = tok == T_OR ? BOP_OR : BOP_AND;
    n->seq.elts = vec_finish(p, &v);
    parse_finish(p, n);
    return n;
}

ON_EVERY_LEVEL Node *parse_conjunction(Parser *p) {
    Node *first = parse_inversion(p);
    return p->tok.kind == T_AND ? parse_boolop_rest(p, first, T_AND) : first;
}

ON_EVERY_LEVEL Node *parse_disjunction(Parser *p) {
    Node *first = parse_conjunction(p);
    return p->tok.kind == T_OR ? parse_boolop_rest(p, first, T_OR) : first;
}

static Node *parse_lambda(Parser *p) {
    Node *n = parse_node_tok(p, E_LAMBDA);
    parse_advance(p);
    n->lambda.args = parse_params(p, true);
    if (!parse_accept(p, T_COLON)) {
        parse_syntax_error(p);
    }
    n->lambda.body = parse_expression(p);
    parse_finish(p, n);
    return n;
}

// A NAME CPython's parser takes for a soft keyword: by a quirk of its
// check (a prefix comparison), any prefix of "match", "case" or "_".
static bool soft_keyword_prefix(Value name) {
    const char *s = str_cstr(name);
    size_t n = str_len_bytes(name);
    return (n <= 5 && memcmp(s, "match", n) == 0) || (n <= 4 && memcmp(s, "case", n) == 0) ||
           (n == 1 && s[0] == '_');
}

// The leftmost NAME of a primary expression is a soft-keyword prefix.
static bool node_starts_soft(const Node *n) {
    for (;;) {
        switch (n->kind) {
        case E_NAME: return !(n->flags & NF_PAREN) && soft_keyword_prefix(n->name.id);
        case E_ATTR: n = n->attr.value; break;
        case E_SUBSCRIPT: n = n->sub.value; break;
        case E_CALL: n = n->call.func; break;
        default: return false;
        }
        if (n->flags & NF_PAREN) {
            return false;
        }
    }
}

// Inside brackets, an expression directly followed by the start of another
// is CPython's "Perhaps you forgot a comma?" (its invalid_expression rule,
// which does not apply when the expression starts with NAME STRING or a
// soft keyword, or is the name print or exec).
static void comma_check(Parser *p, Node *a, bool skip) {
    int depth = p->lx->paren_depth;
    int k = p->tok.kind;
    if (k == T_LPAR || k == T_LSQB || k == T_LBRACE) {
        depth--;   // the current token's own bracket does not count
    }
    if (skip || p->no_comma_check || !parse_starts_expr(k) || (depth <= 0 && !p->lx->fstring_expr)) {
        return;
    }
    if (a->kind == E_NAME && (a->name.id == NAME(print) || a->name.id == NAME(exec))) {
        return;
    }
    // If the second expression does not parse either, CPython reports a
    // plain "invalid syntax" at its first token.
    Token at = p->has_peek ? p->peek : p->tok;
    Lexer *lx = p->lx;
    int depth_save = p->depth;
    uint8_t fstring = p->fstring;
    volatile Node *b = NULL;
    NlrBuf nb;
    p->no_comma_check++;
    p->parser_raised = false;
    if (nlr_push(&nb) == 0) {
        b = parse_expression(p);
        nlr_pop();
    } else {
        p->lx = lx;
        p->depth = depth_save;
        p->fstring = fstring;
        p->no_comma_check = 0;
        p->has_peek = false;
        if (!p->parser_raised || !obj_isinstance(nb.exc, &exc_SyntaxError_type)) {
            nlr_jump(nb.exc);   // tokenizer errors and the like stand
        }
        parse_error_at(p, &exc_SyntaxError_type, at.line, (int32_t)at.col, at.end_line, (int32_t)at.end_col,
                       "invalid syntax");
    }
    p->no_comma_check--;
    parse_error_at(p, &exc_SyntaxError_type, a->line, (int32_t)a->col, b->end_line, (int32_t)b->end_col,
                   "invalid syntax. Perhaps you forgot a comma?");
}

// body if test else orelse, the current token the 'if'.
static OUT_OF_LINE Node *parse_ifexp_rest(Parser *p, Node *body) {
    parse_advance(p);
    Node *test = parse_disjunction(p);
    if (p->tok.kind != T_ELSE) {
        parse_error_at(p, &exc_SyntaxError_type, body->line, (int32_t)body->col, test->end_line,
                       (int32_t)test->end_col, "expected 'else' after 'if' expression");
    }
    parse_advance(p);
    Node *n = parse_node(p, E_IFEXP, body->line, body->col);
    n->ifexp.body = body;
    n->ifexp.test = test;
    n->ifexp.orelse = parse_expression(p);
    parse_finish(p, n);
    return n;
}

Node *parse_expression(Parser *p) {
    if (p->tok.kind == T_LAMBDA) {
        return parse_lambda(p);
    }
    parse_enter(p);
    bool skip = p->tok.kind == T_NAME && (soft_keyword_prefix(p->tok.value) || parse_peek(p)->kind == T_STRING);
    Node *body = parse_disjunction(p);
    comma_check(p, body, skip);
    if (p->tok.kind == T_IF) {
        body = parse_ifexp_rest(p, body);
    }
    parse_leave(p);
    return body;
}

// name := expression, the current token the ':='.
static OUT_OF_LINE Node *parse_walrus(Parser *p, Node *e) {
    if (e->kind != E_NAME) {
        parse_error_node(p, e, "cannot use assignment expressions with %s", parse_expr_name(e));
    }
    parse_advance(p);
    Node *n = parse_node(p, E_NAMEDEXPR, e->line, e->col);
    n->bin.left = e;
    n->bin.right = parse_expression(p);
    parse_finish(p, n);
    return n;
}

Node *parse_named_expression(Parser *p) {
    Node *e = parse_expression(p);
    return p->tok.kind == T_COLONEQUAL ? parse_walrus(p, e) : e;
}

// `e =` where a named expression was expected (conditions, display
// elements, subscripts): CPython's invalid_named_expression hints.
void parse_eq_hint(Parser *p, Node *e) {
    if (p->tok.kind != T_EQUAL) {
        return;
    }
    bool name = e->kind == E_NAME && !(e->flags & NF_PAREN);
    bool other = !name && e->kind != E_LIST && e->kind != E_TUPLE && e->kind != E_GENEXP &&
                 !(e->kind == E_CONST && (e->v == VAL_TRUE || e->v == VAL_FALSE || e->v == VAL_NONE));
    if (!name && !other) {
        return;
    }
    Token eq = p->tok;
    Token *next = parse_peek(p);
    if (!parse_starts_expr(next->kind) || next->kind == T_NOT || next->kind == T_LAMBDA) {
        parse_error_at(p, &exc_SyntaxError_type, eq.line, (int32_t)eq.col, eq.end_line, (int32_t)eq.end_col,
                       "invalid syntax");
    }
    parse_advance(p);
    Node *rhs = parse_bitor(p);
    if (p->tok.kind == T_EQUAL || p->tok.kind == T_COLONEQUAL) {
        return;
    }
    if (name) {
        parse_error_at(p, &exc_SyntaxError_type, e->line, (int32_t)e->col, rhs->end_line, (int32_t)rhs->end_col,
                       "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    parse_error_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", parse_expr_name(e));
}

static Node *parse_star_expression(Parser *p, bool named) {
    if (p->tok.kind == T_STAR) {
        Node *s = parse_node_tok(p, E_STARRED);
        parse_advance(p);
        s->un.value = parse_bitor(p);
        parse_finish(p, s);
        return s;
    }
    if (named) {
        Node *e = parse_named_expression(p);
        parse_eq_hint(p, e);
        return e;
    }
    return parse_expression(p);
}

static Node *parse_star_list(Parser *p, bool named) {
    Node *first = parse_star_expression(p, named);
    if (p->tok.kind != T_COMMA) {
        return first;
    }
    NodeVec v;
    vec_init(&v);
    vec_push(p, &v, first);
    while (parse_accept(p, T_COMMA)) {
        if (!parse_starts_expr(p->tok.kind) && p->tok.kind != T_STAR) {
            break;
        }
        vec_push(p, &v, parse_star_expression(p, named));
    }
    Node *t = parse_node(p, E_TUPLE, first->line, first->col);
    t->seq.elts = vec_finish(p, &v);
    parse_finish(p, t);
    return t;
}

Node *parse_star_expressions(Parser *p) { return parse_star_list(p, false); }
Node *parse_star_named_expressions(Parser *p) { return parse_star_list(p, true); }

Node *parse_yield_expr(Parser *p) {
    Node *n = parse_node_tok(p, E_YIELD);
    parse_advance(p);
    if (parse_accept(p, T_FROM)) {
        n->kind = E_YIELDFROM;
        n->un.value = parse_expression(p);
    } else if (parse_starts_expr(p->tok.kind) || p->tok.kind == T_STAR) {
        n->un.value = parse_star_expressions(p);
    }
    parse_finish(p, n);
    return n;
}

// --- displays -------------------------------------------------------------

// (The "forgot a comma?" check lives in parse_expression, where CPython's
// rule is; element kinds it does not cover get plain "invalid syntax".)
void parse_check_comma(Parser *p, const Node *last) {
    (void)p;
    (void)last;
}

static void expect_close(Parser *p, int kind, const Node *last) {
    if (p->tok.kind != kind) {
        parse_check_comma(p, last);
        parse_syntax_error(p);
    }
    parse_advance(p);
}

static bool at_comp_for(Parser *p) {
    return p->tok.kind == T_FOR || (p->tok.kind == T_ASYNC && parse_peek(p)->kind == T_FOR);
}

// Comprehension: elt (value) then the for/if clauses; closes with `close`.
static Node *make_comp(Parser *p, int kind, Node *elt, Node *value, uint32_t line, uint32_t col, int close) {
    if (elt->kind == E_STARRED) {
        parse_error_node(p, elt, "iterable unpacking cannot be used in comprehension");
    }
    Node *n = parse_node(p, kind, line, col);
    n->comp.elt = elt;
    n->comp.value = value;
    parse_comp_fors(p, n);
    if (close) {
        expect_close(p, close, NULL);
    }
    parse_finish(p, n);
    return n;
}

static Node *parse_comp_fors(Parser *p, Node *comp) {
    NodeVec v;
    vec_init(&v);
    while (at_comp_for(p)) {
        Node *g = parse_node_tok(p, E_COMPFOR);
        if (parse_accept(p, T_ASYNC)) {
            g->flags |= NF_ASYNC;
        }
        parse_advance(p);   // 'for'
        g->gen.target = parse_star_targets(p);
        if (p->tok.kind != T_IN) {
            Node *t = g->gen.target;
            if (t->kind == E_TUPLE && !(t->flags & NF_PAREN) && nl_len(t->seq.elts) > 0) {
                t = nl_get(t->seq.elts, nl_len(t->seq.elts) - 1);
            }
            comma_check(p, t, node_starts_soft(t));
            parse_syntax_error(p);
        }
        parse_advance(p);
        g->gen.iter = parse_disjunction(p);
        NodeVec ifs;
        vec_init(&ifs);
        while (parse_accept(p, T_IF)) {
            vec_push(p, &ifs, parse_disjunction(p));
        }
        g->gen.ifs = vec_finish(p, &ifs);
        parse_finish(p, g);
        vec_push(p, &v, g);
    }
    comp->comp.gens = vec_finish(p, &v);
    return comp;
}

static Node *parse_seq_rest(Parser *p, int kind, Node *first, uint32_t line, uint32_t col, int close) {
    NodeVec v;
    vec_init(&v);
    vec_push(p, &v, first);
    while (parse_accept(p, T_COMMA)) {
        if (p->tok.kind == close) {
            break;
        }
        vec_push(p, &v, parse_star_expression(p, true));
    }
    expect_close(p, close, v.items[v.n - 1]);
    Node *n = parse_node(p, kind, line, col);
    n->seq.elts = vec_finish(p, &v);
    parse_finish(p, n);
    return n;
}

static Node *parse_paren(Parser *p) {
    uint32_t line = p->tok.line, col = p->tok.col;
    parse_advance(p);
    if (p->tok.kind == T_RPAR) {
        parse_advance(p);
        Node *t = parse_node(p, E_TUPLE, line, col);
        parse_finish(p, t);
        return t;
    }
    if (p->tok.kind == T_YIELD) {
        Node *y = parse_yield_expr(p);
        expect_close(p, T_RPAR, y);
        y->flags |= NF_PAREN;
        return y;
    }
    Node *first = parse_star_expression(p, true);
    if (at_comp_for(p)) {
        return make_comp(p, E_GENEXP, first, NULL, line, col, T_RPAR);
    }
    if (p->tok.kind == T_COMMA) {
        Node *t = parse_seq_rest(p, E_TUPLE, first, line, col, T_RPAR);
        t->flags |= NF_PAREN;
        return t;
    }
    expect_close(p, T_RPAR, first);
    if (first->kind == E_STARRED) {
        parse_error_node(p, first, "cannot use starred expression here");
    }
    first->flags |= NF_PAREN;
    return first;
}

static Node *parse_list(Parser *p) {
    uint32_t line = p->tok.line, col = p->tok.col;
    parse_advance(p);
    if (p->tok.kind == T_RSQB) {
        parse_advance(p);
        Node *l = parse_node(p, E_LIST, line, col);
        parse_finish(p, l);
        return l;
    }
    Node *first = parse_star_expression(p, true);
    if (at_comp_for(p)) {
        return make_comp(p, E_LISTCOMP, first, NULL, line, col, T_RSQB);
    }
    return parse_seq_rest(p, E_LIST, first, line, col, T_RSQB);
}

static Node *parse_dict_value(Parser *p) {
    if (p->tok.kind == T_RBRACE || p->tok.kind == T_COMMA) {
        parse_error_at(p, &exc_SyntaxError_type, p->prev_end_line, (int32_t)p->prev_end_col - 1,
                       p->prev_end_line, (int32_t)p->prev_end_col,
                       "expression expected after dictionary key and ':'");
    }
    return parse_expression(p);
}

static OUT_OF_LINE Node *parse_brace(Parser *p) {
    uint32_t line = p->tok.line, col = p->tok.col;
    parse_advance(p);
    NodeVec keys, values;
    vec_init(&keys);
    vec_init(&values);
    if (p->tok.kind == T_RBRACE) {
        parse_advance(p);
        Node *d = parse_node(p, E_DICT, line, col);
        parse_finish(p, d);
        return d;
    }
    Node *first_key = NULL, *first_value;
    uint32_t dl = p->tok.line, dc = p->tok.col;
    if (parse_accept(p, T_DOUBLESTAR)) {
        first_value = parse_bitor(p);
        if (at_comp_for(p)) {
            parse_error_at(p, &exc_SyntaxError_type, dl, (int32_t)dc, dl, (int32_t)dc + 2,
                           "dict unpacking cannot be used in dict comprehension");
        }
    } else {
        Node *first = parse_star_expression(p, true);
        if (p->tok.kind != T_COLON) {
            // a set
            if (at_comp_for(p)) {
                return make_comp(p, E_SETCOMP, first, NULL, line, col, T_RBRACE);
            }
            return parse_seq_rest(p, E_SET, first, line, col, T_RBRACE);
        }
        if (first->kind == E_STARRED) {
            parse_syntax_error(p);
        }
        parse_advance(p);
        first_key = first;
        first_value = parse_dict_value(p);
        if (at_comp_for(p)) {
            return make_comp(p, E_DICTCOMP, first_key, first_value, line, col, T_RBRACE);
        }
    }
    vec_push(p, &keys, first_key);
    vec_push(p, &values, first_value);
    Node *last = first_value;
    while (parse_accept(p, T_COMMA)) {
        if (p->tok.kind == T_RBRACE) {
            break;
        }
        if (parse_accept(p, T_DOUBLESTAR)) {
            vec_push(p, &keys, NULL);
            vec_push(p, &values, last = parse_bitor(p));
        } else {
            vec_push(p, &keys, parse_expression(p));
            if (!parse_accept(p, T_COLON)) {
                parse_syntax_error(p);
            }
            vec_push(p, &values, last = parse_dict_value(p));
        }
    }
    expect_close(p, T_RBRACE, last);
    Node *d = parse_node(p, E_DICT, line, col);
    d->dict.keys = vec_finish(p, &keys);
    d->dict.values = vec_finish(p, &values);
    parse_finish(p, d);
    return d;
}

static Node *parse_atom(Parser *p) {
    if (p->pending_atom) {
        Node *a = p->pending_atom;
        p->pending_atom = NULL;
        return a;
    }
    Node *n;
    switch (p->tok.kind) {
    case T_NAME:
        n = parse_node_tok(p, E_NAME);
        n->name.id = p->tok.value;
        parse_advance(p);
        parse_finish(p, n);
        return n;
    case T_NUMBER:
        n = parse_node_tok(p, E_CONST);
        n->v = p->tok.value;
        parse_advance(p);
        parse_finish(p, n);
        return n;
    case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        n = parse_node_tok(p, E_CONST);
        n->v = p->tok.kind == T_NONE ? VAL_NONE : p->tok.kind == T_TRUE ? VAL_TRUE
             : p->tok.kind == T_FALSE ? VAL_FALSE : VAL_ELLIPSIS;
        parse_advance(p);
        parse_finish(p, n);
        return n;
    case T_STRING:
        return parse_strings(p);
    case T_LPAR:
        parse_enter(p);
        n = parse_paren(p);
        parse_leave(p);
        return n;
    case T_LSQB:
        parse_enter(p);
        n = parse_list(p);
        parse_leave(p);
        return n;
    case T_LBRACE:
        parse_enter(p);
        n = parse_brace(p);
        parse_leave(p);
        return n;
    default:
        parse_syntax_error(p);
    }
}

// --- calls and parameters -----------------------------------------------

// The arguments of one kind (keywords: E_KEYWORD nodes; else the others),
// in their order.
static NodeList call_args_of_kind(Parser *p, const NodeVec *all, bool keywords) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < all->n; i++) {
        n += (all->items[i]->kind == E_KEYWORD) == keywords;
    }
    if (n == 0) {
        return NULL;
    }
    NodeArr *a = arena_alloc(&p->arena, sizeof(NodeArr) + sizeof(Node *) * n);
    for (uint32_t i = 0; i < all->n; i++) {
        if ((all->items[i]->kind == E_KEYWORD) == keywords) {
            a->items[a->n++] = all->items[i];
        }
    }
    return a;
}

void parse_call_args(Parser *p, Node *call, bool genexp_ok) {
    // Positional and keyword arguments in one vector (split at the end):
    // calls nest, and each level has this frame.
    NodeVec all;
    vec_init(&all);
    bool seen_kw = false, seen_dstar = false;
    const char *order_error = NULL;
    Node *last = NULL;
    while (p->tok.kind != T_RPAR) {
        uint32_t line = p->tok.line, col = p->tok.col;
        if (p->tok.kind == T_STAR) {
            Node *s = parse_node_tok(p, E_STARRED);
            if (seen_dstar) {
                parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                               (int32_t)p->tok.end_col,
                               "iterable argument unpacking follows keyword argument unpacking");
            }
            parse_advance(p);
            s->un.value = parse_expression(p);
            parse_finish(p, s);
            vec_push(p, &all, s);
            last = s;
        } else if (p->tok.kind == T_DOUBLESTAR) {
            Node *k = parse_node_tok(p, E_KEYWORD);
            parse_advance(p);
            k->kw.arg = VAL_NULL;
            k->kw.value = parse_expression(p);
            parse_finish(p, k);
            vec_push(p, &all, k);
            seen_dstar = true;
            last = k->kw.value;
        } else {
            Node *e = parse_expression(p);
            if (p->tok.kind == T_COLONEQUAL) {
                if (e->kind != E_NAME || (e->flags & NF_PAREN)) {
                    parse_syntax_error(p);
                }
                parse_advance(p);
                Node *w = parse_node(p, E_NAMEDEXPR, e->line, e->col);
                w->bin.left = e;
                w->bin.right = parse_expression(p);
                parse_finish(p, w);
                e = w;
            }
            if (p->tok.kind == T_EQUAL) {
                if (e->kind != E_NAME || (e->flags & NF_PAREN)) {
                    if (e->kind == E_CONST && (e->v == VAL_TRUE || e->v == VAL_FALSE || e->v == VAL_NONE)) {
                        parse_error_at(p, &exc_SyntaxError_type, e->line, (int32_t)e->col, p->tok.end_line,
                                       (int32_t)p->tok.end_col, "cannot assign to %s", parse_expr_name(e));
                    }
                    parse_error_at(p, &exc_SyntaxError_type, e->line, (int32_t)e->col, p->tok.end_line,
                                   (int32_t)p->tok.end_col,
                                   "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                parse_advance(p);
                Node *k = parse_node(p, E_KEYWORD, line, col);
                k->kw.arg = e->name.id;
                k->kw.value = parse_expression(p);
                parse_finish(p, k);
                vec_push(p, &all, k);
                seen_kw = true;
                last = k->kw.value;
            } else if (at_comp_for(p)) {
                if (!genexp_ok) {
                    parse_syntax_error(p);
                }
                Node *g = make_comp(p, E_GENEXP, e, NULL, line, col, 0);
                if (all.n > 0 || p->tok.kind == T_COMMA) {
                    parse_error_node(p, g, "Generator expression must be parenthesized");
                }
                vec_push(p, &all, g);
                last = g;
            } else {
                if ((seen_dstar || seen_kw) && !order_error) {
                    // CPython reports this after reading the whole list.
                    order_error = seen_dstar ? "positional argument follows keyword argument unpacking"
                                             : "positional argument follows keyword argument";
                }
                vec_push(p, &all, e);
                last = e;
            }
        }
        if (!parse_accept(p, T_COMMA)) {
            break;
        }
    }
    if (order_error) {
        parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                       (int32_t)p->tok.end_col, "%s", order_error);
    }
    expect_close(p, T_RPAR, last);
    call->call.args = call_args_of_kind(p, &all, false);
    call->call.keywords = call_args_of_kind(p, &all, true);
}

static Node *parse_param(Parser *p, bool lambda) {
    if (p->tok.kind == T_LPAR && !lambda) {
        // def f((a, b)): a Python 2 form CPython names.
        Token open = p->tok;
        int depth = 0;
        do {
            depth += p->tok.kind == T_LPAR ? 1 : p->tok.kind == T_RPAR ? -1 : 0;
            if (p->tok.kind == T_NEWLINE || p->tok.kind == T_ENDMARKER) {
                parse_syntax_error(p);
            }
            parse_advance(p);
        } while (depth > 0);
        parse_error_at(p, &exc_SyntaxError_type, open.line, (int32_t)open.col, p->prev_end_line,
                       (int32_t)p->prev_end_col, "Function parameters cannot be parenthesized");
    }
    if (p->tok.kind != T_NAME) {
        parse_syntax_error(p);
    }
    Node *a = parse_node_tok(p, N_ARG);
    a->arg.name = p->tok.value;
    parse_advance(p);
    if (!lambda && parse_accept(p, T_COLON)) {
        if (p->tok.kind == T_STAR) {
            parse_advance(p);   // *args: *Ts (3.11)
        }
        a->arg.annotation = parse_expression(p);
    }
    parse_finish(p, a);
    return a;
}

Node *parse_params(Parser *p, bool lambda) {
    int close = lambda ? T_COLON : T_RPAR;
    Node *args = parse_node_tok(p, N_ARGUMENTS);
    NodeVec pos, defaults, kwonly, kwdefaults;
    vec_init(&pos);
    vec_init(&defaults);
    vec_init(&kwonly);
    vec_init(&kwdefaults);
    bool seen_slash = false, seen_star = false;
    Token star_tok;
    memset(&star_tok, 0, sizeof(star_tok));
    while (p->tok.kind != close) {
        if (p->tok.kind == T_SLASH) {
            const char *err = seen_star ? "/ must be ahead of *"
                              : seen_slash ? "/ may appear only once"
                              : pos.n == 0 ? "at least one argument must precede /" : NULL;
            if (err) {
                parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                               (int32_t)p->tok.end_col, "%s", err);
            }
            parse_advance(p);
            args->args.posonly = vec_finish(p, &pos);
            vec_init(&pos);
            seen_slash = true;
        } else if (p->tok.kind == T_STAR) {
            if (seen_star) {
                parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                               (int32_t)p->tok.end_col, "* argument may appear only once");
            }
            star_tok = p->tok;
            seen_star = true;
            parse_advance(p);
            if (p->tok.kind != T_COMMA && p->tok.kind != close) {
                args->args.vararg = parse_param(p, lambda);
                if (p->tok.kind == T_EQUAL) {
                    parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                                   (int32_t)p->tok.end_col, "var-positional argument cannot have default value");
                }
            }
        } else if (p->tok.kind == T_DOUBLESTAR) {
            parse_advance(p);
            args->args.kwarg = parse_param(p, lambda);
            if (p->tok.kind == T_EQUAL) {
                parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                               (int32_t)p->tok.end_col, "var-keyword argument cannot have default value");
            }
            if (parse_accept(p, T_COMMA) && p->tok.kind != close) {
                parse_error_at(p, &exc_SyntaxError_type, p->tok.line, (int32_t)p->tok.col, p->tok.end_line,
                               (int32_t)p->tok.end_col, "arguments cannot follow var-keyword argument");
            }
            break;
        } else {
            Node *a = parse_param(p, lambda);
            Node *dflt = NULL;
            if (parse_accept(p, T_EQUAL)) {
                dflt = parse_expression(p);
            }
            if (seen_star) {
                vec_push(p, &kwonly, a);
                vec_push(p, &kwdefaults, dflt);
            } else {
                if (dflt) {
                    vec_push(p, &defaults, dflt);
                } else if (defaults.n > 0) {
                    parse_error_node(p, a, "non-default argument follows default argument");
                }
                vec_push(p, &pos, a);
            }
        }
        if (!parse_accept(p, T_COMMA)) {
            break;
        }
    }
    if (seen_star && !args->args.vararg && kwonly.n == 0) {
        parse_error_at(p, &exc_SyntaxError_type, star_tok.line, (int32_t)star_tok.col, star_tok.end_line,
                       (int32_t)star_tok.end_col, "named arguments must follow bare *");
    }
    if (p->tok.kind != close) {
        parse_syntax_error(p);
    }
    args->args.args = vec_finish(p, &pos);
    args->args.defaults = vec_finish(p, &defaults);
    args->args.kwonly = vec_finish(p, &kwonly);
    args->args.kw_defaults = vec_finish(p, &kwdefaults);
    parse_finish(p, args);
    return args;
}
