// Bytecode for expressions: names (by the scope analysis), constants and
// simple constant folding, displays, operators, calls (the positional +
// keyword-names layout, or CALL_FUNCTION_EX with *args/**kwargs),
// comprehensions (function code objects as in CPython 3.11), lambdas,
// f-strings, yield/await, and assignment/deletion targets.
#include <string.h>
#include "compile_int.h"
#include "vm_raise.h"

#define STACK_USE_GUIDELINE 30

// --- names --------------------------------------------------------------------

void compile_name(Compiler *c, Value name, int ctx, const Node *n) {
    Scope *s = c->u->scope;
    if (name == NAME(__debug__)) {
        if (ctx == CTX_LOAD) {
            emit_const(c, VAL_TRUE);
            return;
        }
        comp_error(c, n, ctx == CTX_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
    }
    Value mangled = sym_mangle(s->private_, name);
    Symbol *sym = sym_lookup(s, mangled);
    int where = sym ? sym->where : SC_GLOBAL_IMPLICIT;
    if (c->const_names.n || name == NAME(const)) {
        // micropython.const names: a load of the module global is the
        // folded value (not in class bodies, which may shadow it); a
        // module-level (re)binding ends the folding.
        bool global_ref = s->kind == SCOPE_MODULE || where == SC_GLOBAL_EXPLICIT ||
                          (s->kind == SCOPE_FUNCTION && where != SC_LOCAL && where != SC_CELL && where != SC_FREE);
        Value folded;
        if (ctx == CTX_LOAD) {
            if (global_ref && const_lookup(c, mangled, &folded)) {
                emit_const(c, folded);
                return;
            }
        } else if (s->kind == SCOPE_MODULE || where == SC_GLOBAL_EXPLICIT) {
            const_forget(c, mangled);
        }
    }
    static const uint8_t fast[3] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const uint8_t deref[3] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    static const uint8_t global[3] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const uint8_t named[3] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    switch (where) {
    case SC_LOCAL:
        if (s->kind == SCOPE_FUNCTION) {
            emit_arg(c, fast[ctx], (uint32_t)sym->slot);
            return;
        }
        break;
    case SC_CELL:
    case SC_FREE:
        if (s->kind == SCOPE_CLASS && ctx == CTX_LOAD) {
            emit_arg(c, OP_LOAD_CLASSDEREF, (uint32_t)sym->cell);
        } else {
            emit_arg(c, deref[ctx], (uint32_t)sym->cell);
        }
        return;
    case SC_GLOBAL_EXPLICIT:
        emit_arg(c, global[ctx], name_index(c, mangled));
        return;
    default:
        if (s->kind == SCOPE_FUNCTION) {
            emit_arg(c, global[ctx], name_index(c, mangled));
            return;
        }
        break;
    }
    (void)n;
    emit_arg(c, named[ctx], name_index(c, mangled));
}

static Value mangle(Compiler *c, Value name) { return sym_mangle(c->u->scope->private_, name); }

// --- constants --------------------------------------------------------------------

// The value of a constant expression (literals, tuples of them, negated
// numbers); false if n is not one.
bool compile_const_value(Node *n, Value *out) {
    switch (n->kind) {
    case E_CONST:
        *out = n->v;
        return true;
    case E_TUPLE: {
        uint32_t len = nl_len(n->seq.elts);
        if (len == 0) {
            *out = tuple_empty();
            return true;
        }
        if (len > 64) {
            return false;
        }
        // Filled in place (not from an array in this frame: constant
        // tuples nest, and so does this function).
        TupleObj *t = (TupleObj *)VAL_OBJ(tuple_new(len, NULL));
        for (uint32_t i = 0; i < len; i++) {
            if (!compile_const_value(nl_get(n->seq.elts, i), &t->items[i])) {
                return false;
            }
        }
        *out = OBJ_VAL(t);
        return true;
    }
    case E_UNARYOP: {
        Value v;
        if (n->op == UOP_NOT || !compile_const_value(n->un.value, &v)) {
            return false;
        }
        if (val_is_small_int(v)) {
            intptr_t i = val_small_int(v);
            *out = n->op == UOP_NEG ? int_from_i64(-(int64_t)i) : n->op == UOP_POS ? v : int_from_i64(~(int64_t)i);
            return true;
        }
        if (is_type(v, &float_type) && n->op != UOP_INVERT) {
            *out = n->op == UOP_NEG ? float_new(-float_value(v)) : v;
            return true;
        }
        if (is_type(v, &int_type)) {
            *out = obj_unary_op(n->op == UOP_NEG ? UNOP_NEG : n->op == UOP_POS ? UNOP_POS : UNOP_INVERT, v);
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

// --- displays -----------------------------------------------------------------------

static bool has_starred(NodeList l) {
    for (uint32_t i = 0; i < nl_len(l); i++) {
        if (nl_get(l, i)->kind == E_STARRED) {
            return true;
        }
    }
    return false;
}

static void compile_sequence(Compiler *c, NodeList elts, int kind) {
    uint32_t n = nl_len(elts);
    bool starred = has_starred(elts);
    int build = kind == E_TUPLE ? OP_BUILD_TUPLE : kind == E_LIST ? OP_BUILD_LIST : OP_BUILD_SET;
    if (!starred && n <= STACK_USE_GUIDELINE) {
        if (kind == E_LIST && n >= 3) {
            // A list of constants: extend an empty list from a const tuple.
            Node tup;
            memset(&tup, 0, sizeof(tup));
            tup.kind = E_TUPLE;
            tup.seq.elts = elts;
            Value v;
            if (compile_const_value(&tup, &v)) {
                emit_arg(c, OP_BUILD_LIST, 0);
                emit_const(c, v);
                emit_arg(c, OP_LIST_EXTEND, 1);
                return;
            }
        }
        for (uint32_t i = 0; i < n; i++) {
            compile_expr(c, nl_get(elts, i));
        }
        emit_arg(c, build, n);
        return;
    }
    bool set = kind == E_SET;
    uint32_t i = 0, pushed = 0;
    while (i < n && nl_get(elts, i)->kind != E_STARRED && pushed < STACK_USE_GUIDELINE) {
        compile_expr(c, nl_get(elts, i));
        pushed++;
        i++;
    }
    emit_arg(c, set ? OP_BUILD_SET : OP_BUILD_LIST, pushed);
    for (; i < n; i++) {
        Node *e = nl_get(elts, i);
        if (e->kind == E_STARRED) {
            compile_expr(c, e->un.value);
            emit_arg(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, e);
            emit_arg(c, set ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (kind == E_TUPLE) {
        emit_op(c, OP_LIST_TO_TUPLE);
    }
}

static void compile_dict(Compiler *c, Node *n) {
    uint32_t len = nl_len(n->dict.values);
    uint32_t pending = 0;
    bool have = false;
    for (uint32_t i = 0; i < len; i++) {
        Node *k = nl_get(n->dict.keys, i);
        Node *v = nl_get(n->dict.values, i);
        if (k == NULL) {
            if (pending || !have) {
                emit_arg(c, OP_BUILD_MAP, pending);
                if (have) {
                    emit_arg(c, OP_DICT_UPDATE, 1);
                }
                have = true;
                pending = 0;
            }
            compile_expr(c, v);
            emit_arg(c, OP_DICT_UPDATE, 1);
            continue;
        }
        compile_expr(c, k);
        compile_expr(c, v);
        if (++pending == 16) {
            emit_arg(c, OP_BUILD_MAP, pending);
            if (have) {
                emit_arg(c, OP_DICT_UPDATE, 1);
            }
            have = true;
            pending = 0;
        }
    }
    if (pending || !have) {
        emit_arg(c, OP_BUILD_MAP, pending);
        if (have) {
            emit_arg(c, OP_DICT_UPDATE, 1);
        }
    }
}

// --- operators ------------------------------------------------------------------------

static void emit_compare(Compiler *c, int op) {
    switch (op) {
    case CMPX_IN: emit_arg(c, OP_CONTAINS_OP, 0); break;
    case CMPX_NOTIN: emit_arg(c, OP_CONTAINS_OP, 1); break;
    case CMPX_IS: emit_arg(c, OP_IS_OP, 0); break;
    case CMPX_ISNOT: emit_arg(c, OP_IS_OP, 1); break;
    default: emit_arg(c, OP_COMPARE_OP, (uint32_t)op); break;   // CMPX_LT..GE match CmpOp
    }
}

static void compile_compare(Compiler *c, Node *n) {
    uint32_t len = nl_len(n->cmp.comparators);
    compile_expr(c, n->cmp.left);
    if (len == 1) {
        compile_expr(c, nl_get(n->cmp.comparators, 0));
        emit_compare(c, n->cmp.ops[0]);
        return;
    }
    Label cleanup = LABEL_INIT, end = LABEL_INIT;
    for (uint32_t i = 0; i + 1 < len; i++) {
        compile_expr(c, nl_get(n->cmp.comparators, i));
        emit_op(c, OP_DUP_TOP);
        emit_op(c, OP_ROT_THREE);
        emit_compare(c, n->cmp.ops[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, &cleanup);
    }
    compile_expr(c, nl_get(n->cmp.comparators, len - 1));
    emit_compare(c, n->cmp.ops[len - 1]);
    emit_jump(c, OP_JUMP, &end);
    label_bind(c, &cleanup);
    emit_op(c, OP_ROT_TWO);
    emit_op(c, OP_POP_TOP);
    label_bind(c, &end);
}

// Truth value known at compile time: 1 true, 0 false, -1 unknown.
static int const_truth(Node *e) {
    if (e->kind != E_CONST) {
        return -1;
    }
    Value v = e->v;
    if (v == VAL_NONE || v == VAL_FALSE) {
        return 0;
    }
    if (v == VAL_TRUE || v == VAL_ELLIPSIS) {
        return 1;
    }
    if (val_is_small_int(v)) {
        return val_small_int(v) != 0;
    }
    if (val_is_str(v)) {
        return str_len_bytes(v) != 0;
    }
    return -1;
}

// Jumps to l when the truth of e equals cond; falls through otherwise.
void compile_jump_if(Compiler *c, Node *e, bool cond, Label *l) {
    comp_enter(c);
    uint32_t save = c->u->cur_line;
    set_line(c, e);
    int t = const_truth(e);
    if (t >= 0) {
        if ((t == 1) == cond) {
            emit_jump(c, OP_JUMP, l);
        }
    } else if (e->kind == E_UNARYOP && e->op == UOP_NOT) {
        compile_jump_if(c, e->un.value, !cond, l);
    } else if (e->kind == E_BOOLOP) {
        bool is_and = e->op == BOP_AND;
        uint32_t n = nl_len(e->seq.elts);
        if (cond == !is_and) {
            // or-true / and-false: any operand decides
            for (uint32_t i = 0; i < n; i++) {
                compile_jump_if(c, nl_get(e->seq.elts, i), cond, l);
            }
        } else {
            Label next = LABEL_INIT;
            for (uint32_t i = 0; i + 1 < n; i++) {
                compile_jump_if(c, nl_get(e->seq.elts, i), !cond, &next);
            }
            compile_jump_if(c, nl_get(e->seq.elts, n - 1), cond, l);
            label_bind(c, &next);
        }
    } else {
        compile_expr(c, e);
        emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, l);
    }
    c->u->cur_line = save;
    comp_leave(c);
}

static void compile_boolop(Compiler *c, Node *n) {
    Label end = LABEL_INIT;
    uint32_t len = nl_len(n->seq.elts);
    int op = n->op == BOP_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (uint32_t i = 0; i + 1 < len; i++) {
        compile_expr(c, nl_get(n->seq.elts, i));
        emit_jump(c, op, &end);
    }
    compile_expr(c, nl_get(n->seq.elts, len - 1));
    label_bind(c, &end);
}

// --- calls --------------------------------------------------------------------------

static bool has_dstar(NodeList kws) {
    for (uint32_t i = 0; i < nl_len(kws); i++) {
        if (nl_get(kws, i)->kw.arg == VAL_NULL) {
            return true;
        }
    }
    return false;
}

static Value kwnames_tuple(NodeList kws) {
    uint32_t n = nl_len(kws);
    Value t = tuple_new(n, NULL);
    for (uint32_t i = 0; i < n; i++) {
        val_tuple(t)->items[i] = nl_get(kws, i)->kw.arg;
    }
    return t;
}

// Arguments of a call whose callable (and `pushed` more values, e.g. the
// class body function and name for __build_class__) are on the stack.
void compile_call_helper(Compiler *c, int pushed, NodeList args, NodeList kws) {
    uint32_t nargs = nl_len(args), nkw = nl_len(kws);
    if (!has_starred(args) && !has_dstar(kws)) {
        for (uint32_t i = 0; i < nargs; i++) {
            compile_expr(c, nl_get(args, i));
        }
        if (nkw) {
            for (uint32_t i = 0; i < nkw; i++) {
                compile_expr(c, nl_get(kws, i)->kw.value);
            }
            emit_const(c, kwnames_tuple(kws));
            emit_arg(c, OP_CALL_FUNCTION_KW, (uint32_t)pushed + nargs + nkw);
        } else {
            emit_arg(c, OP_CALL_FUNCTION, (uint32_t)pushed + nargs);
        }
        return;
    }
    if (pushed == 0 && nargs == 1 && nl_get(args, 0)->kind == E_STARRED) {
        // f(*x): x goes to CALL_FUNCTION_EX as it is, as in CPython, so a
        // non-iterable x is reported as "f() argument after * must be an
        // iterable" (the VM makes the tuple).
        compile_expr(c, nl_get(args, 0)->un.value);
    } else {
        // Positional arguments as a tuple.
        uint32_t i = 0;
        while (i < nargs && nl_get(args, i)->kind != E_STARRED) {
            compile_expr(c, nl_get(args, i));
            i++;
        }
        emit_arg(c, OP_BUILD_LIST, (uint32_t)pushed + i);
        for (; i < nargs; i++) {
            Node *a = nl_get(args, i);
            if (a->kind == E_STARRED) {
                compile_expr(c, a->un.value);
                emit_arg(c, OP_LIST_EXTEND, 1);
            } else {
                compile_expr(c, a);
                emit_arg(c, OP_LIST_APPEND, 1);
            }
        }
        emit_op(c, OP_LIST_TO_TUPLE);
    }
    if (nkw == 0) {
        emit_arg(c, OP_CALL_FUNCTION_EX, 0);
        return;
    }
    // Keyword arguments as a dict.
    uint32_t pending = 0;
    bool have = false;
    for (uint32_t k = 0; k < nkw; k++) {
        Node *kw = nl_get(kws, k);
        if (kw->kw.arg == VAL_NULL) {
            if (pending || !have) {
                emit_arg(c, OP_BUILD_MAP, pending);
                if (have) {
                    emit_arg(c, OP_DICT_MERGE, 1);
                }
                have = true;
                pending = 0;
            }
            compile_expr(c, kw->kw.value);
            emit_arg(c, OP_DICT_MERGE, 1);
        } else {
            emit_const(c, kw->kw.arg);
            compile_expr(c, kw->kw.value);
            pending++;
        }
    }
    if (pending) {
        emit_arg(c, OP_BUILD_MAP, pending);
        if (have) {
            emit_arg(c, OP_DICT_MERGE, 1);
        }
    }
    emit_arg(c, OP_CALL_FUNCTION_EX, 1);
}

// CPython's compile-time checks of keyword arguments.
static void check_keywords(Compiler *c, const Node *call, NodeList kws) {
    for (uint32_t i = 0; i < nl_len(kws); i++) {
        Node *k = nl_get(kws, i);
        if (k->kw.arg == VAL_NULL) {
            continue;
        }
        if (k->kw.arg == NAME(__debug__)) {
            comp_error(c, call, "cannot assign to __debug__");
        }
        for (uint32_t j = 0; j < i; j++) {
            if (nl_get(kws, j)->kw.arg == k->kw.arg) {
                comp_error(c, k, "keyword argument repeated: %S", k->kw.arg);
            }
        }
    }
}

static void compile_call(Compiler *c, Node *n) {
    Node *f = n->call.func;
    check_keywords(c, n, n->call.keywords);
    if (f->kind == E_ATTR && !has_starred(n->call.args) && !has_dstar(n->call.keywords)) {
        compile_expr(c, f->attr.value);
        uint32_t save = c->u->cur_line;
        c->u->cur_line = f->end_line;
        emit_arg(c, OP_LOAD_METHOD, name_index(c, mangle(c, f->attr.attr)));
        c->u->cur_line = save;
        uint32_t nargs = nl_len(n->call.args), nkw = nl_len(n->call.keywords);
        for (uint32_t i = 0; i < nargs; i++) {
            compile_expr(c, nl_get(n->call.args, i));
        }
        if (nkw) {
            for (uint32_t i = 0; i < nkw; i++) {
                compile_expr(c, nl_get(n->call.keywords, i)->kw.value);
            }
            emit_const(c, kwnames_tuple(n->call.keywords));
            emit_arg(c, OP_CALL_METHOD_KW, nargs + nkw);
        } else {
            emit_arg(c, OP_CALL_METHOD, nargs);
        }
        return;
    }
    compile_expr(c, f);
    compile_call_helper(c, 0, n->call.args, n->call.keywords);
}

// --- functions, lambdas, comprehensions ---------------------------------------------

Value compile_qualname(Compiler *c, Value name) {
    Unit *u = c->u;
    Scope *s = u->scope;
    if (s->kind == SCOPE_MODULE) {
        return name;
    }
    Symbol *sym = sym_lookup(s, sym_mangle(s->private_, name));
    if (sym && sym->where == SC_GLOBAL_EXPLICIT) {
        return name;
    }
    Vstr v;
    vstr_init(&v, 32);
    vstr_add_value_str(&v, u->qualname);
    vstr_add_cstr(&v, s->kind == SCOPE_FUNCTION ? ".<locals>." : ".");
    vstr_add_value_str(&v, name);
    return str_intern(v.buf, v.len);
}

static int32_t cell_index(Scope *s, Value name) {
    for (uint32_t i = 0; i < s->ncells; i++) {
        if (s->cellvars[i] == name) {
            return (int32_t)i;
        }
    }
    for (uint32_t i = 0; i < s->nfrees; i++) {
        if (s->freevars[i] == name) {
            return (int32_t)(s->ncells + i);
        }
    }
    return -1;
}

void compile_make_closure(Compiler *c, Scope *s, Value code, Value qualname, int flags) {
    if (s->nfrees) {
        for (uint32_t i = 0; i < s->nfrees; i++) {
            int32_t idx = cell_index(c->u->scope, s->freevars[i]);
            if (idx < 0) {
                vm_raise(&exc_SystemError_type, "compiler: no cell for free variable");
            }
            emit_arg(c, OP_LOAD_CLOSURE, (uint32_t)idx);
        }
        emit_arg(c, OP_BUILD_TUPLE, s->nfrees);
        flags |= 8;
    }
    emit_const(c, code);
    emit_const(c, qualname);
    emit_arg(c, OP_MAKE_FUNCTION, (uint32_t)flags);
}

static void compile_comp_gen(Compiler *c, Node *n, uint32_t i) {
    Node *g = nl_get(n->comp.gens, i);
    bool async = (g->flags & NF_ASYNC) != 0;
    Label start = LABEL_INIT, end = LABEL_INIT;
    if (i == 0) {
        emit_arg(c, OP_LOAD_FAST, 0);
    } else {
        compile_expr(c, g->gen.iter);
        emit_op(c, async ? OP_GET_AITER : OP_GET_ITER);
    }
    label_bind(c, &start);
    if (async) {
        emit_jump(c, OP_SETUP_FINALLY, &end);
        emit_op(c, OP_GET_ANEXT);
        emit_const(c, VAL_NONE);
        emit_op(c, OP_YIELD_FROM);
        emit_op(c, OP_POP_BLOCK);
    } else {
        emit_jump(c, OP_FOR_ITER, &end);
    }
    compile_store(c, g->gen.target);
    for (uint32_t k = 0; k < nl_len(g->gen.ifs); k++) {
        compile_jump_if(c, nl_get(g->gen.ifs, k), false, &start);
    }
    if (i + 1 < nl_len(n->comp.gens)) {
        compile_comp_gen(c, n, i + 1);
    } else {
        uint32_t depth = i + 2;
        switch (n->kind) {
        case E_LISTCOMP:
            compile_expr(c, n->comp.elt);
            emit_arg(c, OP_LIST_APPEND, depth);
            break;
        case E_SETCOMP:
            compile_expr(c, n->comp.elt);
            emit_arg(c, OP_SET_ADD, depth);
            break;
        case E_DICTCOMP:
            compile_expr(c, n->comp.elt);
            compile_expr(c, n->comp.value);
            emit_arg(c, OP_MAP_ADD, depth);
            break;
        default:
            compile_expr(c, n->comp.elt);
            emit_op(c, OP_YIELD_VALUE);
            emit_op(c, OP_POP_TOP);
            break;
        }
    }
    emit_jump(c, OP_JUMP, &start);
    label_bind(c, &end);
    if (async) {
        emit_op(c, OP_END_ASYNC_FOR);
    }
}

static int code_flags(Scope *s) {
    int f = CO_NEWLOCALS;
    if (s->varargs) {
        f |= CO_VARARGS;
    }
    if (s->varkw) {
        f |= CO_VARKEYWORDS;
    }
    if (s->coroutine && s->generator) {
        f |= CO_ASYNC_GENERATOR;
    } else if (s->coroutine) {
        f |= CO_COROUTINE;
    } else if (s->generator) {
        f |= CO_GENERATOR;
    }
    return f;
}

// MAKE_CELL for each cell, then copy arguments that are cells into them.
static void emit_prologue(Compiler *c, Scope *s) {
    for (uint32_t i = 0; i < s->ncells; i++) {
        emit_arg(c, OP_MAKE_CELL, i);
    }
    for (uint32_t i = 0; i < s->ncells; i++) {
        Symbol *sym = sym_lookup(s, s->cellvars[i]);
        if (sym && (sym->flags & DEF_PARAM)) {
            emit_arg(c, OP_LOAD_FAST, (uint32_t)sym->slot);
            emit_arg(c, OP_STORE_DEREF, i);
        }
    }
}

static void compile_comprehension(Compiler *c, Node *n) {
    Scope *s = n->comp.scope;
    Value qualname = compile_qualname(c, s->name);
    Unit *u = unit_new(c, s, qualname, n->line);
    emit_prologue(c, s);
    const_index(c, VAL_NONE);
    set_line(c, n);
    if (n->kind == E_LISTCOMP) {
        emit_arg(c, OP_BUILD_LIST, 0);
    } else if (n->kind == E_SETCOMP) {
        emit_arg(c, OP_BUILD_SET, 0);
    } else if (n->kind == E_DICTCOMP) {
        emit_arg(c, OP_BUILD_MAP, 0);
    }
    compile_comp_gen(c, n, 0);
    if (n->kind == E_GENEXP) {
        emit_const(c, VAL_NONE);
    }
    emit_op(c, OP_RETURN_VALUE);
    Value code = unit_finish(c, u, s->name, code_flags(s), 1, 0, 0);
    compile_make_closure(c, s, code, qualname, 0);
    Node *g0 = nl_get(n->comp.gens, 0);
    compile_expr(c, g0->gen.iter);
    emit_op(c, (g0->flags & NF_ASYNC) ? OP_GET_AITER : OP_GET_ITER);
    emit_arg(c, OP_CALL_FUNCTION, 1);
    if (s->coroutine && n->kind != E_GENEXP) {
        emit_op(c, OP_GET_AWAITABLE);
        emit_const(c, VAL_NONE);
        emit_op(c, OP_YIELD_FROM);
    }
}

// Defaults and keyword-only defaults, compiled in the enclosing unit;
// returns the MAKE_FUNCTION flags they need.
static int compile_defaults(Compiler *c, Node *args, Scope *fs) {
    int flags = 0;
    NodeList d = args->args.defaults;
    if (nl_len(d)) {
        Node tup;
        memset(&tup, 0, sizeof(tup));
        tup.kind = E_TUPLE;
        tup.seq.elts = d;
        Value v;
        if (compile_const_value(&tup, &v)) {
            emit_const(c, v);
        } else {
            compile_sequence(c, d, E_TUPLE);
        }
        flags |= 1;
    }
    uint32_t nkw = 0;
    for (uint32_t i = 0; i < nl_len(args->args.kw_defaults); i++) {
        Node *dv = nl_get(args->args.kw_defaults, i);
        if (dv) {
            emit_const(c, sym_mangle(fs->private_, nl_get(args->args.kwonly, i)->arg.name));
            compile_expr(c, dv);
            nkw++;
        }
    }
    if (nkw) {
        emit_arg(c, OP_BUILD_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

static void compile_lambda(Compiler *c, Node *n) {
    Scope *s = n->lambda.scope;
    int flags = compile_defaults(c, n->lambda.args, s);
    Value qualname = compile_qualname(c, NAME(lt_lambda));
    Unit *u = unit_new(c, s, qualname, n->line);
    emit_prologue(c, s);
    const_index(c, VAL_NONE);
    compile_expr(c, n->lambda.body);
    if (s->generator) {
        emit_op(c, OP_POP_TOP);
        emit_const(c, VAL_NONE);
    }
    emit_op(c, OP_RETURN_VALUE);
    Value code = unit_finish(c, u, NAME(lt_lambda), code_flags(s), s->argcount, s->posonly, s->kwonly);
    compile_make_closure(c, s, code, qualname, flags);
}

void compile_funcdef(Compiler *c, Node *n) {
    Scope *s = n->func.scope;
    uint32_t ndec = nl_len(n->func.decorators);
    for (uint32_t i = 0; i < ndec; i++) {
        compile_expr(c, nl_get(n->func.decorators, i));
    }
    set_line(c, n);
    int flags = compile_defaults(c, n->func.args, s);
    Value qualname = compile_qualname(c, n->func.name);
    uint32_t first = ndec ? nl_get(n->func.decorators, 0)->line : n->line;
    Unit *u = unit_new(c, s, qualname, first);
    emit_prologue(c, s);
    NodeList body = n->func.body;
    uint32_t start = 0;
    if (compile_has_docstring(body)) {
        const_index(c, nl_get(body, 0)->un.value->v);
        start = 1;
    } else {
        const_index(c, VAL_NONE);
    }
    for (uint32_t i = start; i < nl_len(body); i++) {
        compile_stmt(c, nl_get(body, i));
    }
    // Falling off the end returns None (on the line of the last statement).
    emit_const(c, VAL_NONE);
    emit_op(c, OP_RETURN_VALUE);
    Value code = unit_finish(c, u, n->func.name, code_flags(s), s->argcount, s->posonly, s->kwonly);
    set_line(c, n);
    compile_make_closure(c, s, code, qualname, flags);
    for (uint32_t i = 0; i < ndec; i++) {
        emit_arg(c, OP_CALL_FUNCTION, 1);
    }
    compile_name(c, n->func.name, CTX_STORE, n);
}

void compile_classdef(Compiler *c, Node *n) {
    Scope *s = n->cls.scope;
    check_keywords(c, n, n->cls.keywords);
    uint32_t ndec = nl_len(n->cls.decorators);
    for (uint32_t i = 0; i < ndec; i++) {
        compile_expr(c, nl_get(n->cls.decorators, i));
    }
    set_line(c, n);
    Value qualname = compile_qualname(c, n->cls.name);
    uint32_t first = ndec ? nl_get(n->cls.decorators, 0)->line : n->line;
    Unit *u = unit_new(c, s, qualname, first);
    emit_prologue(c, s);
    set_line(c, n);
    emit_arg(c, OP_LOAD_NAME, name_index(c, NAME(__name__)));
    emit_arg(c, OP_STORE_NAME, name_index(c, NAME(__module__)));
    emit_const(c, qualname);
    emit_arg(c, OP_STORE_NAME, name_index(c, NAME(__qualname__)));
    NodeList body = n->cls.body;
    uint32_t start = 0;
    if (compile_has_docstring(body)) {
        set_line(c, nl_get(body, 0));
        emit_const(c, nl_get(body, 0)->un.value->v);
        emit_arg(c, OP_STORE_NAME, name_index(c, NAME(__doc__)));
        start = 1;
    }
    for (uint32_t i = start; i < nl_len(body); i++) {
        compile_stmt(c, nl_get(body, i));
    }
    if (s->needs_class_cell) {
        emit_arg(c, OP_LOAD_CLOSURE, 0);
        emit_op(c, OP_DUP_TOP);
        emit_arg(c, OP_STORE_NAME, name_index(c, NAME(__classcell__)));
    } else {
        emit_const(c, VAL_NONE);
    }
    emit_op(c, OP_RETURN_VALUE);
    Value code = unit_finish(c, u, n->cls.name, 0, 0, 0, 0);
    set_line(c, n);
    emit_op(c, OP_LOAD_BUILD_CLASS);
    compile_make_closure(c, s, code, qualname, 0);
    emit_const(c, n->cls.name);
    compile_call_helper(c, 2, n->cls.bases, n->cls.keywords);
    for (uint32_t i = 0; i < ndec; i++) {
        emit_arg(c, OP_CALL_FUNCTION, 1);
    }
    compile_name(c, n->cls.name, CTX_STORE, n);
}

// --- expressions --------------------------------------------------------------------

static void compile_subscript(Compiler *c, Node *n, int ctx) {
    compile_expr(c, n->sub.value);
    compile_expr(c, n->sub.index);
    emit_op(c, ctx == CTX_LOAD ? OP_BINARY_SUBSCR : ctx == CTX_STORE ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR);
}

static void compile_fstring_part(Compiler *c, Node *n) {
    if (n->kind == E_CONST) {
        emit_const(c, n->v);
        return;
    }
    compile_expr(c, n->fmt.value);
    int arg = n->op;
    if (n->fmt.spec) {
        compile_expr(c, n->fmt.spec);
        arg |= 4;
    }
    emit_arg(c, OP_FORMAT_VALUE, (uint32_t)arg);
}

static void compile_expr1(Compiler *c, Node *n) {
    switch (n->kind) {
    case E_NAME:
        compile_name(c, n->name.id, CTX_LOAD, n);
        break;
    case E_CONST:
        emit_const(c, n->v);
        break;
    case E_JOINEDSTR: {
        uint32_t len = nl_len(n->seq.elts);
        for (uint32_t i = 0; i < len; i++) {
            compile_fstring_part(c, nl_get(n->seq.elts, i));
        }
        if (len == 0) {
            emit_const(c, str_new("", 0));
        } else if (len > 1) {
            emit_arg(c, OP_BUILD_STRING, len);
        }
        break;
    }
    case E_FORMATTED:
        compile_fstring_part(c, n);
        break;
    case E_TUPLE: {
        Value v;
        if (compile_const_value(n, &v)) {
            emit_const(c, v);
            break;
        }
        compile_sequence(c, n->seq.elts, E_TUPLE);
        break;
    }
    case E_LIST: case E_SET:
        compile_sequence(c, n->seq.elts, n->kind);
        break;
    case E_DICT:
        compile_dict(c, n);
        break;
    case E_STARRED:
        comp_error(c, n, "can't use starred expression here");
    case E_BINOP:
        compile_expr(c, n->bin.left);
        compile_expr(c, n->bin.right);
        emit_arg(c, OP_BINARY_OP, n->op);
        break;
    case E_UNARYOP: {
        Value v;
        if (n->op != UOP_NOT && compile_const_value(n, &v)) {
            emit_const(c, v);
            break;
        }
        compile_expr(c, n->un.value);
        emit_op(c, n->op == UOP_NOT ? OP_UNARY_NOT : n->op == UOP_NEG ? OP_UNARY_NEGATIVE
                                     : n->op == UOP_POS ? OP_UNARY_POSITIVE : OP_UNARY_INVERT);
        break;
    }
    case E_BOOLOP:
        compile_boolop(c, n);
        break;
    case E_COMPARE:
        compile_compare(c, n);
        break;
    case E_CALL:
        compile_call(c, n);
        break;
    case E_ATTR:
        compile_expr(c, n->attr.value);
        emit_arg(c, OP_LOAD_ATTR, name_index(c, mangle(c, n->attr.attr)));
        break;
    case E_SUBSCRIPT:
        compile_subscript(c, n, CTX_LOAD);
        break;
    case E_SLICE: {
        Node *parts[3] = {n->slice.lower, n->slice.upper, n->slice.step};
        for (int i = 0; i < 3; i++) {
            if (parts[i]) {
                compile_expr(c, parts[i]);
            } else if (i < 2) {
                emit_const(c, VAL_NONE);
            }
        }
        emit_arg(c, OP_BUILD_SLICE, n->slice.step ? 3 : 2);
        break;
    }
    case E_IFEXP: {
        Label orelse = LABEL_INIT, end = LABEL_INIT;
        compile_jump_if(c, n->ifexp.test, false, &orelse);
        compile_expr(c, n->ifexp.body);
        emit_jump(c, OP_JUMP, &end);
        label_bind(c, &orelse);
        compile_expr(c, n->ifexp.orelse);
        label_bind(c, &end);
        break;
    }
    case E_LAMBDA:
        compile_lambda(c, n);
        break;
    case E_NAMEDEXPR:
        compile_expr(c, n->bin.right);
        emit_op(c, OP_DUP_TOP);
        compile_store(c, n->bin.left);
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        compile_comprehension(c, n);
        break;
    case E_YIELD:
        if (n->un.value) {
            compile_expr(c, n->un.value);
        } else {
            emit_const(c, VAL_NONE);
        }
        emit_op(c, OP_YIELD_VALUE);
        break;
    case E_YIELDFROM:
        compile_expr(c, n->un.value);
        emit_op(c, OP_GET_YIELD_FROM_ITER);
        emit_const(c, VAL_NONE);
        emit_op(c, OP_YIELD_FROM);
        break;
    case E_AWAIT:
        compile_expr(c, n->un.value);
        emit_op(c, OP_GET_AWAITABLE);
        emit_const(c, VAL_NONE);
        emit_op(c, OP_YIELD_FROM);
        break;
    default:
        vm_raise(&exc_SystemError_type, "compiler: unexpected expression kind %d", n->kind);
    }
}

void compile_expr(Compiler *c, Node *n) {
    comp_enter(c);
    uint32_t save = c->u->cur_line;
    set_line(c, n);
    compile_expr1(c, n);
    c->u->cur_line = save;
    comp_leave(c);
}

// --- targets -----------------------------------------------------------------------

static void compile_unpack(Compiler *c, Node *t) {
    NodeList elts = t->seq.elts;
    uint32_t n = nl_len(elts);
    int star = -1;
    for (uint32_t i = 0; i < n; i++) {
        if (nl_get(elts, i)->kind == E_STARRED) {
            if (star >= 0) {
                comp_error(c, t, "multiple starred expressions in assignment");
            }
            star = (int)i;
        }
    }
    if (star >= 0) {
        uint32_t before = (uint32_t)star, after = n - (uint32_t)star - 1;
        if (before >= 256 || after >= 256) {
            comp_error(c, t, "too many expressions in star-unpacking assignment");
        }
        emit_arg(c, OP_UNPACK_EX, before | (after << 8));
    } else {
        emit_arg(c, OP_UNPACK_SEQUENCE, n);
    }
    for (uint32_t i = 0; i < n; i++) {
        Node *e = nl_get(elts, i);
        compile_store(c, e->kind == E_STARRED ? e->un.value : e);
    }
}

void compile_store(Compiler *c, Node *t) {
    comp_enter(c);
    uint32_t save = c->u->cur_line;
    set_line(c, t);
    switch (t->kind) {
    case E_NAME:
        compile_name(c, t->name.id, CTX_STORE, t);
        break;
    case E_ATTR:
        if (t->attr.attr == NAME(__debug__)) {
            comp_error(c, t, "cannot assign to __debug__");
        }
        compile_expr(c, t->attr.value);
        emit_arg(c, OP_STORE_ATTR, name_index(c, mangle(c, t->attr.attr)));
        break;
    case E_SUBSCRIPT:
        compile_subscript(c, t, CTX_STORE);
        break;
    case E_TUPLE: case E_LIST:
        compile_unpack(c, t);
        break;
    case E_STARRED:
        comp_error(c, t, "starred assignment target must be in a list or tuple");
    default:
        comp_error(c, t, "cannot assign to %s", parse_expr_name(t));
    }
    c->u->cur_line = save;
    comp_leave(c);
}

void compile_delete(Compiler *c, Node *t) {
    comp_enter(c);
    set_line(c, t);
    switch (t->kind) {
    case E_NAME:
        compile_name(c, t->name.id, CTX_DEL, t);
        break;
    case E_ATTR:
        compile_expr(c, t->attr.value);
        emit_arg(c, OP_DELETE_ATTR, name_index(c, mangle(c, t->attr.attr)));
        break;
    case E_SUBSCRIPT:
        compile_subscript(c, t, CTX_DEL);
        break;
    case E_TUPLE: case E_LIST:
        for (uint32_t i = 0; i < nl_len(t->seq.elts); i++) {
            compile_delete(c, nl_get(t->seq.elts, i));
        }
        break;
    default:
        comp_error(c, t, "cannot delete %s", parse_expr_name(t));
    }
    comp_leave(c);
}
