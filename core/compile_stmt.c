// Bytecode for statements, with the block and exception shapes documented
// in opcodes.def. Each construct that must clean up when left early
// (loops, try bodies, finally bodies, with bodies, except handlers)
// pushes a frame block (FBlock); break, continue and return emit the
// cleanup of every block they leave, inlining `finally` bodies.
#include <string.h>
#include "compile_int.h"
#include "gc.h"
#include "vm_raise.h"

// --- helpers --------------------------------------------------------------------

bool compile_has_docstring(NodeList body) {
    if (nl_len(body) == 0) {
        return false;
    }
    Node *s = nl_get(body, 0);
    return s->kind == S_EXPR && s->un.value->kind == E_CONST && val_is_str(s->un.value->v);
}

void compile_body(Compiler *c, NodeList body) {
    for (uint32_t i = 0; i < nl_len(body); i++) {
        compile_stmt(c, nl_get(body, i));
    }
}

// --- frame blocks -----------------------------------------------------------------

static void fblock_push(Compiler *c, int kind, Label *cont, Label *brk, const Node *node) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) {
        comp_error(c, node, "too many statically nested blocks");
    }
    FBlock *fb = &u->fblocks[u->nfblocks++];
    fb->kind = (uint8_t)kind;
    fb->cont = cont;
    fb->brk = brk;
    fb->node = node;
}

static void fblock_pop(Compiler *c) { c->u->nfblocks--; }

static bool fblock_is_loop(int kind) { return kind == FB_WHILE || kind == FB_FOR || kind == FB_ASYNC_FOR; }

static void emit_exit_call(Compiler *c, bool async) {
    emit_const(c, VAL_NONE);
    emit_op(c, OP_DUP_TOP);
    emit_op(c, OP_DUP_TOP);
    emit_arg(c, OP_CALL_FUNCTION, 3);
    if (async) {
        emit_op(c, OP_GET_AWAITABLE);
        emit_const(c, VAL_NONE);
        emit_op(c, OP_YIELD_FROM);
    }
    emit_op(c, OP_POP_TOP);
}

static void clear_handler_name(Compiler *c, const Node *h) {
    emit_const(c, VAL_NONE);
    compile_name(c, h->handler.name, CTX_STORE, h);
    compile_name(c, h->handler.name, CTX_DEL, h);
}

// Cleanup for leaving `fb` early. The caller has already dropped fb and
// everything above it from the block stack (so a `finally` body inlined
// here sees the right enclosing blocks).
static void unwind_one(Compiler *c, const FBlock *fb) {
    switch (fb->kind) {
    case FB_WHILE:
        break;
    case FB_FOR: case FB_ASYNC_FOR:
        emit_op(c, OP_POP_TOP);
        break;
    case FB_TRY_EXCEPT:
        emit_op(c, OP_POP_BLOCK);
        break;
    case FB_FINALLY_TRY:
        emit_op(c, OP_POP_BLOCK);
        compile_body(c, fb->node->tryb.finalbody);
        break;
    case FB_FINALLY_END:
        emit_op(c, OP_POP_EXCEPT);
        break;
    case FB_WITH: case FB_ASYNC_WITH:
        emit_op(c, OP_POP_BLOCK);
        emit_exit_call(c, fb->kind == FB_ASYNC_WITH);
        break;
    case FB_HANDLER:
        if (fb->node->handler.name) {
            emit_op(c, OP_POP_BLOCK);
        }
        emit_op(c, OP_POP_EXCEPT);
        if (fb->node->handler.name) {
            clear_handler_name(c, fb->node);
        }
        break;
    default:
        break;
    }
}

// A copy of the unit's frame blocks, on the heap (unwinding them compiles
// finally bodies, which may nest, and which push and pop blocks of their own).
static FBlock *fblocks_copy(Unit *u) {
    FBlock *copy = gc_alloc(sizeof(FBlock) * (size_t)u->nfblocks, false);
    memcpy(copy, u->fblocks, sizeof(FBlock) * (size_t)u->nfblocks);
    return copy;
}

static void compile_break_continue(Compiler *c, Node *n, bool is_break) {
    Unit *u = c->u;
    int i = u->nfblocks - 1;
    while (i >= 0 && !fblock_is_loop(u->fblocks[i].kind)) {
        i--;
    }
    if (i < 0) {
        comp_error(c, n, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    int saved = u->nfblocks;
    FBlock *saved_blocks = fblocks_copy(u);
    for (int k = saved - 1; k > i; k--) {
        u->nfblocks = k;
        unwind_one(c, &saved_blocks[k]);
    }
    FBlock *loop = &saved_blocks[i];
    if (is_break) {
        if (loop->kind != FB_WHILE) {
            emit_op(c, OP_POP_TOP);
        }
        emit_jump(c, OP_JUMP, loop->brk);
    } else {
        emit_jump(c, OP_JUMP, loop->cont);
    }
    memcpy(u->fblocks, saved_blocks, sizeof(FBlock) * (size_t)saved);
    u->nfblocks = saved;
    gc_free(saved_blocks);
}

static void compile_return(Compiler *c, Node *n) {
    Unit *u = c->u;
    Scope *s = u->scope;
    if (n->un.value && s->coroutine && s->generator) {
        comp_error(c, n, "'return' with value in async generator");
    }
    bool need_cleanup = false;
    for (int i = 0; i < u->nfblocks; i++) {
        int k = u->fblocks[i].kind;
        if (k == FB_FINALLY_TRY || k == FB_WITH || k == FB_ASYNC_WITH) {
            need_cleanup = true;
        }
    }
    if (n->un.value) {
        compile_expr(c, n->un.value);
    } else {
        emit_const(c, VAL_NONE);
    }
    if (!need_cleanup) {
        // RETURN_VALUE pops the frame's blocks itself.
        emit_op(c, OP_RETURN_VALUE);
        return;
    }
    // The value waits in a hidden local while finally bodies and __exit__
    // calls run: POP_EXCEPT truncates the stack, so it cannot stay there.
    int32_t slot = unit_retval_slot(c);
    emit_arg(c, OP_STORE_FAST, (uint32_t)slot);
    int saved = u->nfblocks;
    FBlock *saved_blocks = fblocks_copy(u);
    for (int k = saved - 1; k >= 0; k--) {
        u->nfblocks = k;
        unwind_one(c, &saved_blocks[k]);
    }
    set_line(c, n);
    emit_arg(c, OP_LOAD_FAST, (uint32_t)slot);
    emit_op(c, OP_RETURN_VALUE);
    memcpy(u->fblocks, saved_blocks, sizeof(FBlock) * (size_t)saved);
    u->nfblocks = saved;
    gc_free(saved_blocks);
}

// --- loops and conditionals ----------------------------------------------------------

static int truth_of(Node *e) {
    if (e->kind != E_CONST) {
        return -1;
    }
    Value v = e->v;
    if (v == VAL_NONE || v == VAL_FALSE) {
        return 0;
    }
    if (v == VAL_TRUE) {
        return 1;
    }
    if (val_is_small_int(v)) {
        return val_small_int(v) != 0;
    }
    return -1;
}

// Loops and with statements are compiled in two halves around their body,
// so compile_stream.c can compile the body while it is being parsed.

void compile_while_begin(Compiler *c, Node *n, LoopLabels *l) {
    *l = (LoopLabels){LABEL_INIT, LABEL_INIT, LABEL_INIT, LABEL_INIT};
    if (truth_of(n->cond.test) != 1) {
        compile_jump_if(c, n->cond.test, false, &l->orelse);
    }
    label_bind(c, &l->start);
    fblock_push(c, FB_WHILE, &l->cont, &l->end, n);
}

// After the body: the bottom test. The caller then compiles the else
// clause and binds l->end.
void compile_while_end(Compiler *c, Node *n, LoopLabels *l) {
    fblock_pop(c);
    label_bind(c, &l->cont);
    set_line(c, n);
    if (truth_of(n->cond.test) == 1) {
        emit_jump(c, OP_JUMP, &l->start);
    } else {
        compile_jump_if(c, n->cond.test, true, &l->start);
    }
    label_bind(c, &l->orelse);
}

static OUT_OF_LINE void compile_while(Compiler *c, Node *n) {
    LoopLabels l;
    compile_while_begin(c, n, &l);
    compile_body(c, n->cond.body);
    compile_while_end(c, n, &l);
    compile_body(c, n->cond.orelse);
    label_bind(c, &l.end);
}

void compile_for_begin(Compiler *c, Node *n, LoopLabels *l) {
    *l = (LoopLabels){LABEL_INIT, LABEL_INIT, LABEL_INIT, LABEL_INIT};
    bool async = (n->flags & NF_ASYNC) != 0;
    compile_expr(c, n->forl.iter);
    emit_op(c, async ? OP_GET_AITER : OP_GET_ITER);
    label_bind(c, &l->start);
    set_line(c, n);
    if (async) {
        emit_jump(c, OP_SETUP_FINALLY, &l->orelse);
        emit_op(c, OP_GET_ANEXT);
        emit_const(c, VAL_NONE);
        emit_op(c, OP_YIELD_FROM);
        emit_op(c, OP_POP_BLOCK);
    } else {
        emit_jump(c, OP_FOR_ITER, &l->orelse);
    }
    compile_store(c, n->forl.target);
    fblock_push(c, async ? FB_ASYNC_FOR : FB_FOR, &l->start, &l->end, n);
}

// After the body; the caller then compiles the else clause and binds l->end.
void compile_for_end(Compiler *c, Node *n, LoopLabels *l) {
    fblock_pop(c);
    set_line(c, n);
    emit_jump(c, OP_JUMP, &l->start);
    label_bind(c, &l->orelse);
    if (n->flags & NF_ASYNC) {
        emit_op(c, OP_END_ASYNC_FOR);
    }
}

static OUT_OF_LINE void compile_for(Compiler *c, Node *n) {
    LoopLabels l;
    compile_for_begin(c, n, &l);
    compile_body(c, n->forl.body);
    compile_for_end(c, n, &l);
    compile_body(c, n->forl.orelse);
    label_bind(c, &l.end);
}

static OUT_OF_LINE void compile_if(Compiler *c, Node *n) {
    Label orelse = LABEL_INIT, end = LABEL_INIT;
    compile_jump_if(c, n->cond.test, false, &orelse);
    compile_body(c, n->cond.body);
    if (n->cond.orelse) {
        emit_jump(c, OP_JUMP, &end);
    }
    label_bind(c, &orelse);
    compile_body(c, n->cond.orelse);
    label_bind(c, &end);
}

// --- with -----------------------------------------------------------------------------

void compile_with_begin(Compiler *c, Node *n, Node *it, LoopLabels *l) {
    *l = (LoopLabels){LABEL_INIT, LABEL_INIT, LABEL_INIT, LABEL_INIT};
    bool async = (n->flags & NF_ASYNC) != 0;
    compile_expr(c, it->withitem.expr);
    set_line(c, it);
    if (async) {
        // The target is stored before the handler block is pushed: the
        // block's stack level must not include the __aenter__ result.
        emit_op(c, OP_BEFORE_ASYNC_WITH);
        emit_op(c, OP_GET_AWAITABLE);
        emit_const(c, VAL_NONE);
        emit_op(c, OP_YIELD_FROM);
        if (it->withitem.vars) {
            compile_store(c, it->withitem.vars);
        } else {
            emit_op(c, OP_POP_TOP);
        }
        emit_jump(c, OP_SETUP_FINALLY, &l->orelse);
    } else {
        emit_jump(c, OP_SETUP_WITH, &l->orelse);
        if (it->withitem.vars) {
            compile_store(c, it->withitem.vars);
        } else {
            emit_op(c, OP_POP_TOP);
        }
    }
    fblock_push(c, async ? FB_ASYNC_WITH : FB_WITH, NULL, NULL, n);
}

void compile_with_end(Compiler *c, Node *n, Node *it, LoopLabels *l) {
    bool async = (n->flags & NF_ASYNC) != 0;
    fblock_pop(c);
    set_line(c, it);
    emit_op(c, OP_POP_BLOCK);
    emit_exit_call(c, async);
    emit_jump(c, OP_JUMP, &l->end);
    label_bind(c, &l->orelse);
    emit_op(c, OP_WITH_EXCEPT_START);
    if (async) {
        emit_op(c, OP_GET_AWAITABLE);
        emit_const(c, VAL_NONE);
        emit_op(c, OP_YIELD_FROM);
    }
    emit_jump(c, OP_POP_JUMP_IF_TRUE, &l->cont);
    emit_op(c, OP_RERAISE);
    label_bind(c, &l->cont);
    emit_op(c, OP_POP_EXCEPT);
    emit_op(c, OP_POP_TOP);
    label_bind(c, &l->end);
}

static void compile_with_item(Compiler *c, Node *n, uint32_t i) {
    if (i == nl_len(n->with.items)) {
        compile_body(c, n->with.body);
        return;
    }
    Node *it = nl_get(n->with.items, i);
    LoopLabels l;
    compile_with_begin(c, n, it, &l);
    compile_with_item(c, n, i + 1);
    compile_with_end(c, n, it, &l);
}

// --- try -------------------------------------------------------------------------------

static void compile_try_except(Compiler *c, Node *n) {
    Label handler = LABEL_INIT, orelse = LABEL_INIT, end = LABEL_INIT;
    emit_jump(c, OP_SETUP_FINALLY, &handler);
    fblock_push(c, FB_TRY_EXCEPT, NULL, NULL, n);
    compile_body(c, n->tryb.body);
    fblock_pop(c);
    emit_op(c, OP_POP_BLOCK);
    emit_jump(c, OP_JUMP, &orelse);
    label_bind(c, &handler);
    uint32_t nh = nl_len(n->tryb.handlers);
    bool last_typed = false;
    for (uint32_t i = 0; i < nh; i++) {
        Node *h = nl_get(n->tryb.handlers, i);
        set_line(c, h);
        if (!h->handler.type && i + 1 < nh) {
            comp_error(c, h, "default 'except:' must be last");
        }
        Label next = LABEL_INIT;
        last_typed = h->handler.type != NULL;
        if (h->handler.type) {
            emit_op(c, OP_DUP_TOP);
            compile_expr(c, h->handler.type);
            emit_jump(c, OP_JUMP_IF_NOT_EXC_MATCH, &next);
        }
        if (h->handler.name) {
            Label cleanup = LABEL_INIT;
            compile_name(c, h->handler.name, CTX_STORE, h);
            emit_jump(c, OP_SETUP_FINALLY, &cleanup);
            fblock_push(c, FB_HANDLER, NULL, NULL, h);
            compile_body(c, h->handler.body);
            fblock_pop(c);
            emit_op(c, OP_POP_BLOCK);
            emit_op(c, OP_POP_EXCEPT);
            clear_handler_name(c, h);
            emit_jump(c, OP_JUMP, &end);
            label_bind(c, &cleanup);
            clear_handler_name(c, h);
            emit_op(c, OP_RERAISE);
        } else {
            emit_op(c, OP_POP_TOP);
            fblock_push(c, FB_HANDLER, NULL, NULL, h);
            compile_body(c, h->handler.body);
            fblock_pop(c);
            emit_op(c, OP_POP_EXCEPT);
            emit_jump(c, OP_JUMP, &end);
        }
        label_bind(c, &next);
    }
    if (last_typed) {
        emit_op(c, OP_RERAISE);
    }
    label_bind(c, &orelse);
    compile_body(c, n->tryb.orelse);
    label_bind(c, &end);
}

static OUT_OF_LINE void compile_try(Compiler *c, Node *n) {
    if (!n->tryb.finalbody) {
        compile_try_except(c, n);
        return;
    }
    Label fin = LABEL_INIT, end = LABEL_INIT;
    emit_jump(c, OP_SETUP_FINALLY, &fin);
    fblock_push(c, FB_FINALLY_TRY, NULL, NULL, n);
    if (n->tryb.handlers) {
        compile_try_except(c, n);
    } else {
        compile_body(c, n->tryb.body);
    }
    fblock_pop(c);
    emit_op(c, OP_POP_BLOCK);
    compile_body(c, n->tryb.finalbody);
    emit_jump(c, OP_JUMP, &end);
    label_bind(c, &fin);
    fblock_push(c, FB_FINALLY_END, NULL, NULL, n);
    compile_body(c, n->tryb.finalbody);
    fblock_pop(c);
    emit_op(c, OP_RERAISE);
    label_bind(c, &end);
}

// --- simple statements ------------------------------------------------------------------

static OUT_OF_LINE void compile_augassign(Compiler *c, Node *n) {
    Node *t = n->aug.target;
    int op = n->op + BINOP_INPLACE;
    switch (t->kind) {
    case E_NAME:
        compile_name(c, t->name.id, CTX_LOAD, t);
        compile_expr(c, n->aug.value);
        emit_arg(c, OP_BINARY_OP, (uint32_t)op);
        compile_name(c, t->name.id, CTX_STORE, t);
        break;
    case E_ATTR: {
        Value attr = sym_mangle(c->u->scope->private_, t->attr.attr);
        compile_expr(c, t->attr.value);
        emit_op(c, OP_DUP_TOP);
        emit_arg(c, OP_LOAD_ATTR, name_index(c, attr));
        compile_expr(c, n->aug.value);
        emit_arg(c, OP_BINARY_OP, (uint32_t)op);
        emit_op(c, OP_ROT_TWO);
        emit_arg(c, OP_STORE_ATTR, name_index(c, attr));
        break;
    }
    default:   // E_SUBSCRIPT (the parser allows nothing else)
        compile_expr(c, t->sub.value);
        compile_expr(c, t->sub.index);
        emit_op(c, OP_DUP_TOP_TWO);
        emit_op(c, OP_BINARY_SUBSCR);
        compile_expr(c, n->aug.value);
        emit_arg(c, OP_BINARY_OP, (uint32_t)op);
        emit_op(c, OP_ROT_THREE);
        emit_op(c, OP_STORE_SUBSCR);
        break;
    }
}

static bool is_plain_seq(Node *t, uint32_t n) {
    if ((t->kind != E_TUPLE && t->kind != E_LIST) || nl_len(t->seq.elts) != n) {
        return false;
    }
    for (uint32_t i = 0; i < n; i++) {
        if (nl_get(t->seq.elts, i)->kind == E_STARRED) {
            return false;
        }
    }
    return true;
}

static OUT_OF_LINE void compile_assign(Compiler *c, Node *n) {
    uint32_t nt = nl_len(n->assign.targets);
    Node *v = n->assign.value;
    if (nt == 1 && v->kind == E_TUPLE) {
        // a, b = b, a: no tuple is built.
        uint32_t k = nl_len(v->seq.elts);
        Node *t = nl_get(n->assign.targets, 0);
        if ((k == 2 || k == 3) && is_plain_seq(v, k) && is_plain_seq(t, k)) {
            for (uint32_t i = 0; i < k; i++) {
                compile_expr(c, nl_get(v->seq.elts, i));
            }
            if (k == 2) {
                emit_op(c, OP_ROT_TWO);
            } else {
                emit_op(c, OP_ROT_THREE);
                emit_op(c, OP_ROT_TWO);
            }
            for (uint32_t i = 0; i < k; i++) {
                compile_store(c, nl_get(t->seq.elts, i));
            }
            return;
        }
    }
    compile_expr(c, v);
    for (uint32_t i = 0; i < nt; i++) {
        if (i + 1 < nt) {
            emit_op(c, OP_DUP_TOP);
        }
        compile_store(c, nl_get(n->assign.targets, i));
    }
}

// The annotation itself is never evaluated, in any scope: CircuitPython
// ignores annotations, and libraries annotate with names from `typing`,
// which neither it nor Copper has (docs/differences.md).
static OUT_OF_LINE void compile_annassign(Compiler *c, Node *n) {
    if (n->ann.value) {
        compile_expr(c, n->ann.value);
        compile_store(c, n->ann.target);
    }
}

static OUT_OF_LINE void compile_assert(Compiler *c, Node *n) {
    Label end = LABEL_INIT;
    compile_jump_if(c, n->assert_.test, true, &end);
    set_line(c, n);
    emit_op(c, OP_LOAD_ASSERTION_ERROR);
    if (n->assert_.msg) {
        compile_expr(c, n->assert_.msg);
        emit_arg(c, OP_CALL_FUNCTION, 1);
    }
    emit_arg(c, OP_RAISE_VARARGS, 1);
    label_bind(c, &end);
}

static OUT_OF_LINE void compile_import(Compiler *c, Node *n) {
    for (uint32_t i = 0; i < nl_len(n->import.names); i++) {
        Node *a = nl_get(n->import.names, i);
        emit_const(c, val_from_small_int(0));
        emit_const(c, VAL_NONE);
        emit_arg(c, OP_IMPORT_NAME, name_index(c, a->alias.name));
        const char *s = str_cstr(a->alias.name);
        const char *dot = strchr(s, '.');
        if (a->alias.asname) {
            if (dot) {
                // import a.b.c as d: walk down to the last submodule.
                for (;;) {
                    const char *start = dot + 1;
                    dot = strchr(start, '.');
                    size_t len = dot ? (size_t)(dot - start) : strlen(start);
                    emit_arg(c, OP_IMPORT_FROM, name_index(c, str_intern(start, len)));
                    if (!dot) {
                        break;
                    }
                    emit_op(c, OP_ROT_TWO);
                    emit_op(c, OP_POP_TOP);
                }
                compile_name(c, a->alias.asname, CTX_STORE, n);
                emit_op(c, OP_POP_TOP);
            } else {
                compile_name(c, a->alias.asname, CTX_STORE, n);
            }
        } else {
            Value top = dot ? str_intern(s, (size_t)(dot - s)) : a->alias.name;
            compile_name(c, top, CTX_STORE, n);
        }
    }
}

static OUT_OF_LINE void compile_import_from(Compiler *c, Node *n) {
    uint32_t count = nl_len(n->import.names);
    if (n->import.module == NAME(__future__) && n->import.level == 0) {
        return;   // future features are always on (or not supported)
    }
    Value names = tuple_new(count, NULL);
    for (uint32_t i = 0; i < count; i++) {
        val_tuple(names)->items[i] = nl_get(n->import.names, i)->alias.name;
    }
    emit_const(c, val_from_small_int((intptr_t)n->import.level));
    emit_const(c, names);
    emit_arg(c, OP_IMPORT_NAME, name_index(c, n->import.module));
    Node *first = nl_get(n->import.names, 0);
    if (first->alias.name == NAME(star_name)) {
        emit_op(c, OP_IMPORT_STAR);
        return;
    }
    for (uint32_t i = 0; i < count; i++) {
        Node *a = nl_get(n->import.names, i);
        emit_arg(c, OP_IMPORT_FROM, name_index(c, a->alias.name));
        compile_name(c, a->alias.asname ? a->alias.asname : a->alias.name, CTX_STORE, n);
    }
    emit_op(c, OP_POP_TOP);
}

// Each kind of statement is compiled out of line (OUT_OF_LINE): statements
// nest, and the frame of this switch is in the C stack at every level.
void compile_stmt(Compiler *c, Node *n) {
    comp_enter(c);
    set_line(c, n);
    switch (n->kind) {
    case S_EXPR: {
        Node *v = n->un.value;
        if (c->interactive && c->u->scope->kind == SCOPE_MODULE) {
            compile_expr(c, v);
            emit_op(c, OP_PRINT_EXPR);
        } else if (v->kind != E_CONST) {
            compile_expr(c, v);
            emit_op(c, OP_POP_TOP);
        }
        break;
    }
    case S_ASSIGN:
        compile_assign(c, n);
        break;
    case S_AUGASSIGN:
        compile_augassign(c, n);
        break;
    case S_ANNASSIGN:
        compile_annassign(c, n);
        break;
    case S_FUNCDEF:
        compile_funcdef(c, n);
        break;
    case S_CLASSDEF:
        compile_classdef(c, n);
        break;
    case S_RETURN:
        compile_return(c, n);
        break;
    case S_DELETE:
        for (uint32_t i = 0; i < nl_len(n->del.targets); i++) {
            compile_delete(c, nl_get(n->del.targets, i));
        }
        break;
    case S_PASS: case S_GLOBAL: case S_NONLOCAL:
        break;
    case S_BREAK:
        compile_break_continue(c, n, true);
        break;
    case S_CONTINUE:
        compile_break_continue(c, n, false);
        break;
    case S_FOR:
        compile_for(c, n);
        break;
    case S_WHILE:
        compile_while(c, n);
        break;
    case S_IF:
        compile_if(c, n);
        break;
    case S_WITH:
        compile_with_item(c, n, 0);
        break;
    case S_RAISE: {
        int argc = 0;
        if (n->raise.exc) {
            compile_expr(c, n->raise.exc);
            argc = 1;
            if (n->raise.cause) {
                compile_expr(c, n->raise.cause);
                argc = 2;
            }
        }
        set_line(c, n);
        emit_arg(c, OP_RAISE_VARARGS, (uint32_t)argc);
        break;
    }
    case S_TRY:
        compile_try(c, n);
        break;
    case S_ASSERT:
        compile_assert(c, n);
        break;
    case S_IMPORT:
        compile_import(c, n);
        break;
    case S_IMPORTFROM:
        compile_import_from(c, n);
        break;
    default:
        vm_raise(&exc_SystemError_type, "compiler: unexpected statement kind %d", n->kind);
    }
    comp_leave(c);
}
