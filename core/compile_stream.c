// Streaming compilation of module-level code: a compound statement at
// module scope (if/elif/else, while, for, with, class, also nested in one
// another) is compiled while it is parsed, one body statement at a time,
// and each statement's tree is dropped (arena_release_to) as soon as its
// code is emitted. So a long `while True:` loop or a big class costs RAM
// for its largest single statement, not for its whole tree. Function
// bodies and try statements are parsed whole: a function's locals depend
// on all of its body, and a `finally` body is compiled more than once.
// Names at module scope, and in the body of a class defined there, need no
// look-ahead: they are looked up by name at run time.
#include <string.h>
#include "compile_int.h"
#include "vm_raise.h"

// Analyses one parsed statement list (or a header with empty bodies) in
// the current streaming context.
static Scope *analyze(Compiler *c, NodeList stmts) {
    StreamClass *sc = c->sclass;
    if (sc) {
        return sym_analyze_class_stmts(c, sc->name, &sc->globals, stmts, &sc->needs_cell);
    }
    return sym_analyze_module(c, stmts);
}

// Compiles statements parsed whole.
static void compile_parsed(Compiler *c, NodeList stmts) {
    Unit *u = c->u;
    Scope *saved = u->scope;
    u->scope = analyze(c, stmts);
    uint32_t start = 0;
    bool first = c->sclass ? c->sclass->first : (c->module_first && c->mode == COMPILE_FILE);
    if (first && compile_has_docstring(stmts)) {
        Node *s = nl_get(stmts, 0);
        set_line(c, s);
        emit_const(c, s->un.value->v);
        emit_arg(c, OP_STORE_NAME, name_index(c, NAME(__doc__)));
        start = 1;
    }
    bool top = !c->sclass && c->block_nest == 0 && c->mode == COMPILE_FILE;
    for (uint32_t i = start; i < nl_len(stmts); i++) {
        if (!top || !const_top_stmt(c, nl_get(stmts, i))) {
            compile_stmt(c, nl_get(stmts, i));
        }
    }
    u->scope = saved;
}

static void stream_stmt(Compiler *c);

// ':' and the body: each statement is parsed, compiled and dropped.
static void stream_block(Compiler *c, const char *what, uint32_t line) {
    Parser *p = c->p;
    c->block_nest++;
    if (!parse_block_open(p, what, line)) {
        compile_parsed(c, parse_simple_line(p));
    } else {
        while (parse_block_next(p)) {
            ArenaMark m = arena_mark(&p->arena);
            stream_stmt(c);
            arena_release_to(&p->arena, m);
        }
    }
    c->block_nest--;
}

// The else clause of a loop, if any.
static void stream_else(Compiler *c) {
    Parser *p = c->p;
    if (p->tok.kind == T_ELSE) {
        uint32_t line = p->tok.line;
        parse_advance(p);
        stream_block(c, "'else' statement", line);
    }
}

static void stream_if(Compiler *c, const char *what) {
    Parser *p = c->p;
    uint32_t line = p->tok.line;
    Node *n = parse_if_header(p);
    Scope *saved = c->u->scope;
    c->u->scope = analyze(c, node_list1(p, n));
    set_line(c, n);
    Label orelse = LABEL_INIT, end = LABEL_INIT;
    compile_jump_if(c, n->cond.test, false, &orelse);
    stream_block(c, what, line);
    int k = p->tok.kind;
    if (k == T_ELIF || k == T_ELSE) {
        emit_jump(c, OP_JUMP, &end);
    }
    label_bind(c, &orelse);
    if (k == T_ELIF) {
        stream_if(c, "'elif' statement");
    } else if (k == T_ELSE) {
        uint32_t el = p->tok.line;
        parse_advance(p);
        stream_block(c, "'else' statement", el);
    }
    label_bind(c, &end);
    c->u->scope = saved;
}

static void stream_loop(Compiler *c, bool is_for) {
    Parser *p = c->p;
    uint32_t line = p->tok.line;
    Node *n = parse_compound_node(p, line, p->tok.col);
    if (is_for) {
        parse_for_header(p, n);
    } else {
        parse_while_header(p, n);
    }
    Scope *saved = c->u->scope;
    Scope *hs = analyze(c, node_list1(p, n));
    c->u->scope = hs;
    set_line(c, n);
    LoopLabels l;
    if (is_for) {
        compile_for_begin(c, n, &l);
    } else {
        compile_while_begin(c, n, &l);
    }
    stream_block(c, is_for ? "'for' statement" : "'while' statement", line);
    c->u->scope = hs;
    if (is_for) {
        compile_for_end(c, n, &l);
    } else {
        compile_while_end(c, n, &l);
    }
    stream_else(c);
    label_bind(c, &l.end);
    c->u->scope = saved;
}

static void stream_with_items(Compiler *c, Node *n, Scope *hs, uint32_t i, uint32_t line) {
    if (i == nl_len(n->with.items)) {
        stream_block(c, "'with' statement", line);
        return;
    }
    Node *it = nl_get(n->with.items, i);
    LoopLabels l;
    c->u->scope = hs;
    compile_with_begin(c, n, it, &l);
    stream_with_items(c, n, hs, i + 1, line);
    c->u->scope = hs;
    compile_with_end(c, n, it, &l);
}

static void stream_with(Compiler *c) {
    Parser *p = c->p;
    uint32_t line = p->tok.line;
    Node *n = parse_with_header(p, parse_compound_node(p, line, p->tok.col));
    Scope *saved = c->u->scope;
    Scope *hs = analyze(c, node_list1(p, n));
    set_line(c, n);
    stream_with_items(c, n, hs, 0, line);
    c->u->scope = saved;
}

// A class statement (its decorators already parsed). The class body unit
// always has the __class__ cell (MAKE_CELL 0): whether a method needs it
// is known only at the end of the body.
static void stream_class(Compiler *c, NodeList decorators, uint32_t line, uint32_t col) {
    Parser *p = c->p;
    uint32_t kwline = p->tok.line;
    Node *n = parse_class_header(p, parse_compound_node(p, line, col), decorators);
    Scope *saved = c->u->scope;
    Scope *hs = analyze(c, node_list1(p, n));
    c->u->scope = hs;
    for (uint32_t i = 0; i < nl_len(decorators); i++) {
        compile_expr(c, nl_get(decorators, i));
    }
    set_line(c, n);
    Value qualname = compile_qualname(c, n->cls.name);
    Scope *cs = n->cls.scope;   // the (empty) class scope of the header
    cs->cellvars = arena_alloc(&p->arena, sizeof(Value));
    cs->cellvars[0] = NAME(__class__);
    cs->ncells = 1;
    Unit *u = unit_new(c, cs, qualname, n->line);
    emit_arg(c, OP_MAKE_CELL, 0);
    set_line(c, n);
    emit_arg(c, OP_LOAD_NAME, name_index(c, NAME(__name__)));
    emit_arg(c, OP_STORE_NAME, name_index(c, NAME(__module__)));
    emit_const(c, qualname);
    emit_arg(c, OP_STORE_NAME, name_index(c, NAME(__qualname__)));
    StreamClass sc;
    memset(&sc, 0, sizeof(sc));
    sc.parent = c->sclass;
    sc.name = n->cls.name;
    sc.first = true;
    c->sclass = &sc;
    stream_block(c, "class definition", kwline);
    c->sclass = sc.parent;
    u->scope = cs;
    if (sc.needs_cell) {
        emit_arg(c, OP_LOAD_CLOSURE, 0);
        emit_op(c, OP_DUP_TOP);
        emit_arg(c, OP_STORE_NAME, name_index(c, NAME(__classcell__)));
    } else {
        emit_const(c, VAL_NONE);
    }
    emit_op(c, OP_RETURN_VALUE);
    Value code = unit_finish(c, u, n->cls.name, 0, 0, 0, 0);
    c->u->scope = hs;
    set_line(c, n);
    emit_op(c, OP_LOAD_BUILD_CLASS);
    compile_make_closure(c, cs, code, qualname, 0);
    emit_const(c, n->cls.name);
    compile_call_helper(c, 2, n->cls.bases, n->cls.keywords);
    for (uint32_t i = 0; i < nl_len(decorators); i++) {
        emit_arg(c, OP_CALL_FUNCTION, 1);
    }
    compile_name(c, n->cls.name, CTX_STORE, n);
    c->u->scope = saved;
}

static void stream_stmt(Compiler *c) {
    Parser *p = c->p;
    comp_enter(c);
    switch (p->tok.kind) {
    case T_IF:
        stream_if(c, "'if' statement");
        break;
    case T_WHILE:
        stream_loop(c, false);
        break;
    case T_FOR:
        stream_loop(c, true);
        break;
    case T_WITH:
        stream_with(c);
        break;
    case T_CLASS:
        stream_class(c, NULL, p->tok.line, p->tok.col);
        break;
    case T_AT: {
        uint32_t line = p->tok.line, col = p->tok.col;
        NodeList decorators = parse_decorators(p);
        if (p->tok.kind == T_CLASS) {
            stream_class(c, decorators, line, col);
        } else {
            compile_parsed(c, node_list1(p, parse_compound_rest(p, decorators, line, col)));
        }
        break;
    }
    default:
        compile_parsed(c, parse_one_statement(p));
        break;
    }
    if (c->sclass) {
        c->sclass->first = false;
    }
    c->module_first = false;
    comp_leave(c);
}

void compile_stream_stmt(Compiler *c) { stream_stmt(c); }
