// Symbol analysis: builds a Scope per module/class/function/lambda/
// comprehension of one top-level statement, records how each name is
// used there, then decides where each name lives (fast local, cell, free,
// global, or a name looked up at run time), as CPython's symtable.c does.
// Also raises the SyntaxErrors CPython's symtable raises.
#include <string.h>
#include "compile_int.h"
#include "vm_raise.h"

// --- scopes and symbols -----------------------------------------------------

const char *sym_comp_name(int kind) {
    switch (kind) {
    case E_LISTCOMP: return "<listcomp>";
    case E_SETCOMP: return "<setcomp>";
    case E_DICTCOMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static Scope *scope_new(Compiler *c, Scope *parent, int kind, Value name, const Node *node) {
    Scope *s = arena_alloc(&c->p->arena, sizeof(Scope));
    s->parent = parent;
    s->kind = (uint8_t)kind;
    s->name = name;
    s->node = node;
    s->private_ = kind == SCOPE_CLASS ? name : parent ? parent->private_ : VAL_NULL;
    if (parent) {
        s->next_sibling = parent->children;
        parent->children = s;
    }
    return s;
}

Value sym_mangle(Value private_, Value name) {
    if (private_ == VAL_NULL) {
        return name;
    }
    const char *s = str_cstr(name);
    size_t n = str_len_bytes(name);
    if (n < 3 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_') || memchr(s, '.', n)) {
        return name;
    }
    const char *cls = str_cstr(private_);
    while (*cls == '_') {
        cls++;
    }
    if (*cls == 0) {
        return name;
    }
    Vstr v;
    vstr_init(&v, n + strlen(cls) + 2);
    vstr_add_byte(&v, '_');
    vstr_add_cstr(&v, cls);
    vstr_add_bytes(&v, s, n);
    return str_intern(v.buf, v.len);
}

Symbol *sym_lookup(Scope *s, Value name) {
    for (uint32_t i = 0; i < s->nsyms; i++) {
        if (s->syms[i].name == name) {
            return &s->syms[i];
        }
    }
    return NULL;
}

static Symbol *sym_new(Compiler *c, Scope *s, Value name, const Node *n) {
    if (s->nsyms == s->capsyms) {
        uint32_t cap = s->capsyms ? s->capsyms * 2 : 8;
        Symbol *ns = arena_alloc(&c->p->arena, sizeof(Symbol) * cap);
        if (s->nsyms) {
            memcpy(ns, s->syms, sizeof(Symbol) * s->nsyms);
        }
        s->syms = ns;
        s->capsyms = cap;
    }
    Symbol *sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = 0;
    sym->where = SC_UNKNOWN;
    sym->slot = -1;
    sym->cell = -1;
    sym->first = n;
    return sym;
}

// Records a use of `name` (already mangled) in s.
static Symbol *sym_add_raw(Compiler *c, Scope *s, Value name, int flags, const Node *n) {
    Symbol *sym = sym_lookup(s, name);
    if (!sym) {
        sym = sym_new(c, s, name, n);
    }
    if ((flags & DEF_PARAM) && (sym->flags & DEF_PARAM)) {
        sym_error(c, n, "duplicate argument '%S' in function definition", name);
    }
    sym->flags |= (uint16_t)flags;
    return sym;
}

static Symbol *sym_add(Compiler *c, Scope *s, Value name, int flags, const Node *n) {
    return sym_add_raw(c, s, sym_mangle(s->private_, name), flags, n);
}

// --- the visitor --------------------------------------------------------------

typedef struct {
    Compiler *c;
    bool comp_iter;           // marking comprehension iteration variables
} Sym;

static void visit_expr(Sym *st, Scope *s, Node *n, int ctx);
static void visit_body(Sym *st, Scope *s, NodeList l);

static void visit_list(Sym *st, Scope *s, NodeList l, int ctx) {
    for (uint32_t i = 0; i < nl_len(l); i++) {
        Node *x = nl_get(l, i);
        if (x) {
            visit_expr(st, s, x, ctx);
        }
    }
}

static void visit_params(Sym *st, Scope *fs, Node *args) {
    NodeList groups[3] = {args->args.posonly, args->args.args, args->args.kwonly};
    for (int g = 0; g < 3; g++) {
        for (uint32_t i = 0; i < nl_len(groups[g]); i++) {
            Node *a = nl_get(groups[g], i);
            if (a->arg.name == NAME(__debug__)) {
                comp_error(st->c, fs->node, "cannot assign to __debug__");
            }
            sym_add(st->c, fs, a->arg.name, DEF_PARAM, a);
        }
    }
    fs->posonly = (uint16_t)nl_len(args->args.posonly);
    fs->argcount = (uint16_t)(fs->posonly + nl_len(args->args.args));
    fs->kwonly = (uint16_t)nl_len(args->args.kwonly);
    if (args->args.vararg) {
        sym_add(st->c, fs, args->args.vararg->arg.name, DEF_PARAM, args->args.vararg);
        fs->varargs = true;
    }
    if (args->args.kwarg) {
        sym_add(st->c, fs, args->args.kwarg->arg.name, DEF_PARAM, args->args.kwarg);
        fs->varkw = true;
    }
}

static void visit_defaults(Sym *st, Scope *s, Node *args) {
    visit_list(st, s, args->args.defaults, CTX_LOAD);
    visit_list(st, s, args->args.kw_defaults, CTX_LOAD);
}

static void visit_comprehension(Sym *st, Scope *s, Node *n) {
    Compiler *c = st->c;
    NodeList gens = n->comp.gens;
    Node *g0 = nl_get(gens, 0);
    visit_expr(st, s, g0->gen.iter, CTX_LOAD);
    const char *nm = sym_comp_name(n->kind);
    Scope *cs = scope_new(c, s, SCOPE_FUNCTION, str_intern(nm, strlen(nm)), n);
    cs->comp = n->kind;
    cs->generator = n->kind == E_GENEXP;
    n->comp.scope = cs;
    sym_add_raw(c, cs, NAME(dot_zero), DEF_PARAM, n);
    cs->argcount = 1;
    for (uint32_t i = 0; i < nl_len(gens); i++) {
        Node *g = nl_get(gens, i);
        if (i > 0) {
            visit_expr(st, cs, g->gen.iter, CTX_LOAD);
        }
        bool save = st->comp_iter;
        st->comp_iter = true;
        visit_expr(st, cs, g->gen.target, CTX_STORE);
        st->comp_iter = save;
        if (g->flags & NF_ASYNC) {
            cs->coroutine = true;
        }
        visit_list(st, cs, g->gen.ifs, CTX_LOAD);
    }
    visit_expr(st, cs, n->comp.elt, CTX_LOAD);
    if (n->comp.value) {
        visit_expr(st, cs, n->comp.value, CTX_LOAD);
    }
    if (cs->coroutine && n->kind != E_GENEXP) {
        bool ok = s->comp || (s->kind == SCOPE_FUNCTION && s->coroutine);
        if (!ok) {
            comp_error(c, n, "asynchronous comprehension outside of an asynchronous function");
        }
        if (s->comp) {
            s->coroutine = true;
        }
    }
}

// `name := value` inside a comprehension binds in the enclosing function.
static void visit_walrus_target(Sym *st, Scope *s, Node *target) {
    Compiler *c = st->c;
    Value name = target->name.id;
    if (!s->comp) {
        sym_add(c, s, name, DEF_LOCAL, target);
        return;
    }
    Scope *t = s;
    while (t->comp) {
        Symbol *sym = sym_lookup(t, sym_mangle(t->private_, name));
        if (sym && (sym->flags & DEF_COMP_ITER)) {
            sym_error(c, target, "assignment expression cannot rebind comprehension iteration variable '%S'",
                       name);
        }
        t = t->parent;
    }
    if (t->kind == SCOPE_CLASS) {
        sym_error(c, target, "assignment expression within a comprehension cannot be used in a class body");
    }
    sym_add(c, t, name, DEF_LOCAL, target);
    for (Scope *u = s; u != t; u = u->parent) {
        sym_add(c, u, name, t->kind == SCOPE_MODULE ? DEF_COMP_GLOBAL : DEF_NONLOCAL, target);
    }
}

static void visit_expr(Sym *st, Scope *s, Node *n, int ctx) {
    Compiler *c = st->c;
    comp_enter(c);
    switch (n->kind) {
    case E_NAME: {
        int flags = ctx == CTX_LOAD ? DEF_USE : DEF_LOCAL;
        if (st->comp_iter && ctx == CTX_STORE) {
            flags |= DEF_COMP_ITER;
        }
        sym_add(c, s, n->name.id, flags, n);
        if (ctx == CTX_LOAD && s->kind == SCOPE_FUNCTION && n->name.id == NAME(super)) {
            sym_add_raw(c, s, NAME(__class__), DEF_USE, n);
        }
        break;
    }
    case E_CONST:
        break;
    case E_JOINEDSTR:
        visit_list(st, s, n->seq.elts, CTX_LOAD);
        break;
    case E_FORMATTED:
        visit_expr(st, s, n->fmt.value, CTX_LOAD);
        if (n->fmt.spec) {
            visit_expr(st, s, n->fmt.spec, CTX_LOAD);
        }
        break;
    case E_TUPLE: case E_LIST: case E_SET: case E_BOOLOP:
        visit_list(st, s, n->seq.elts, ctx);
        break;
    case E_DICT:
        visit_list(st, s, n->dict.keys, CTX_LOAD);
        visit_list(st, s, n->dict.values, CTX_LOAD);
        break;
    case E_STARRED:
        visit_expr(st, s, n->un.value, ctx);
        break;
    case E_UNARYOP:
        visit_expr(st, s, n->un.value, CTX_LOAD);
        break;
    case E_BINOP:
        visit_expr(st, s, n->bin.left, CTX_LOAD);
        visit_expr(st, s, n->bin.right, CTX_LOAD);
        break;
    case E_COMPARE:
        visit_expr(st, s, n->cmp.left, CTX_LOAD);
        visit_list(st, s, n->cmp.comparators, CTX_LOAD);
        break;
    case E_CALL:
        visit_expr(st, s, n->call.func, CTX_LOAD);
        visit_list(st, s, n->call.args, CTX_LOAD);
        for (uint32_t i = 0; i < nl_len(n->call.keywords); i++) {
            visit_expr(st, s, nl_get(n->call.keywords, i)->kw.value, CTX_LOAD);
        }
        break;
    case E_ATTR:
        visit_expr(st, s, n->attr.value, CTX_LOAD);
        break;
    case E_SUBSCRIPT:
        visit_expr(st, s, n->sub.value, CTX_LOAD);
        visit_expr(st, s, n->sub.index, CTX_LOAD);
        break;
    case E_SLICE:
        if (n->slice.lower) {
            visit_expr(st, s, n->slice.lower, CTX_LOAD);
        }
        if (n->slice.upper) {
            visit_expr(st, s, n->slice.upper, CTX_LOAD);
        }
        if (n->slice.step) {
            visit_expr(st, s, n->slice.step, CTX_LOAD);
        }
        break;
    case E_IFEXP:
        visit_expr(st, s, n->ifexp.test, CTX_LOAD);
        visit_expr(st, s, n->ifexp.body, CTX_LOAD);
        visit_expr(st, s, n->ifexp.orelse, CTX_LOAD);
        break;
    case E_LAMBDA: {
        visit_defaults(st, s, n->lambda.args);
        Scope *fs = scope_new(c, s, SCOPE_FUNCTION, NAME(lt_lambda), n);
        fs->lambda = true;
        n->lambda.scope = fs;
        visit_params(st, fs, n->lambda.args);
        bool save = st->comp_iter;
        st->comp_iter = false;
        visit_expr(st, fs, n->lambda.body, CTX_LOAD);
        st->comp_iter = save;
        break;
    }
    case E_NAMEDEXPR:
        visit_expr(st, s, n->bin.right, CTX_LOAD);
        visit_walrus_target(st, s, n->bin.left);
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP: {
        bool save = st->comp_iter;
        st->comp_iter = false;
        visit_comprehension(st, s, n);
        st->comp_iter = save;
        break;
    }
    case E_YIELD: case E_YIELDFROM:
        if (n->un.value) {
            visit_expr(st, s, n->un.value, CTX_LOAD);
        }
        if (s->comp) {
            sym_error(c, n, "'yield' inside %s", s->comp == E_LISTCOMP ? "list comprehension"
                                                  : s->comp == E_SETCOMP ? "set comprehension"
                                                  : s->comp == E_DICTCOMP ? "dict comprehension"
                                                                          : "generator expression");
        }
        if (s->kind != SCOPE_FUNCTION) {
            comp_error(c, n, "'yield' outside function");
        }
        if (n->kind == E_YIELDFROM && s->coroutine) {
            comp_error(c, n, "'yield from' inside async function");
        }
        s->generator = true;
        break;
    case E_AWAIT:
        visit_expr(st, s, n->un.value, CTX_LOAD);
        if (s->kind != SCOPE_FUNCTION) {
            comp_error(c, n, "'await' outside function");
        }
        if (s->comp) {
            s->coroutine = true;
        } else if (!s->coroutine) {
            comp_error(c, n, "'await' outside async function");
        }
        break;
    default:
        break;
    }
    comp_leave(c);
}

static void visit_global(Sym *st, Scope *s, Node *n) {
    Compiler *c = st->c;
    bool global = n->kind == S_GLOBAL;
    if (!global && s->kind == SCOPE_MODULE) {
        sym_error(c, n, "nonlocal declaration not allowed at module level");
    }
    for (uint32_t i = 0; i < nl_len(n->global.names); i++) {
        Node *nm = nl_get(n->global.names, i);
        Value name = sym_mangle(s->private_, nm->name.id);
        Symbol *sym = sym_lookup(s, name);
        int cur = sym ? sym->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT | DEF_IMPORT)) {
            const char *what = global ? "global" : "nonlocal";
            if (cur & DEF_PARAM) {
                sym_error(c, n, "name '%S' is parameter and %s", nm->name.id, what);
            }
            if (cur & DEF_USE) {
                sym_error(c, n, "name '%S' is used prior to %s declaration", nm->name.id, what);
            }
            if (cur & DEF_ANNOT) {
                sym_error(c, n, "annotated name '%S' can't be %s", nm->name.id, what);
            }
            sym_error(c, n, "name '%S' is assigned to before %s declaration", nm->name.id, what);
        }
        sym = sym_add_raw(c, s, name, global ? DEF_GLOBAL : DEF_NONLOCAL, n);
        if ((sym->flags & DEF_GLOBAL) && (sym->flags & DEF_NONLOCAL)) {
            sym_error(c, n, "name '%S' is nonlocal and global", nm->name.id);
        }
    }
}

static Value import_store_name(Node *a) {
    if (a->alias.asname) {
        return a->alias.asname;
    }
    const char *s = str_cstr(a->alias.name);
    const char *dot = strchr(s, '.');
    return dot ? str_intern(s, (size_t)(dot - s)) : a->alias.name;
}

static void visit_stmt(Sym *st, Scope *s, Node *n) {
    Compiler *c = st->c;
    comp_enter(c);
    switch (n->kind) {
    case S_EXPR:
        visit_expr(st, s, n->un.value, CTX_LOAD);
        break;
    case S_ASSIGN:
        visit_expr(st, s, n->assign.value, CTX_LOAD);
        visit_list(st, s, n->assign.targets, CTX_STORE);
        break;
    case S_AUGASSIGN:
        visit_expr(st, s, n->aug.target, CTX_STORE);
        if (n->aug.target->kind == E_NAME) {
            sym_add(c, s, n->aug.target->name.id, DEF_USE, n->aug.target);
        }
        visit_expr(st, s, n->aug.value, CTX_LOAD);
        break;
    case S_ANNASSIGN: {
        Node *t = n->ann.target;
        if (t->kind == E_NAME) {
            Symbol *sym = sym_lookup(s, sym_mangle(s->private_, t->name.id));
            if (sym && (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && (n->flags & NF_SIMPLE) &&
                s->kind != SCOPE_MODULE) {
                sym_error(c, t, "annotated name '%S' can't be %s", t->name.id,
                           (sym->flags & DEF_GLOBAL) ? "global" : "nonlocal");
            }
            if (n->flags & NF_SIMPLE) {
                sym_add(c, s, t->name.id, DEF_ANNOT | DEF_LOCAL, t);
            } else if (n->ann.value) {
                sym_add(c, s, t->name.id, DEF_LOCAL, t);
            }
        } else {
            visit_expr(st, s, t, CTX_STORE);
        }
        if (n->ann.value) {
            visit_expr(st, s, n->ann.value, CTX_LOAD);
        }
        break;
    }
    case S_FUNCDEF: {
        visit_list(st, s, n->func.decorators, CTX_LOAD);
        visit_defaults(st, s, n->func.args);
        sym_add(c, s, n->func.name, DEF_LOCAL, n);
        Scope *fs = scope_new(c, s, SCOPE_FUNCTION, n->func.name, n);
        fs->coroutine = (n->flags & NF_ASYNC) != 0;
        n->func.scope = fs;
        visit_params(st, fs, n->func.args);
        visit_body(st, fs, n->func.body);
        break;
    }
    case S_CLASSDEF: {
        visit_list(st, s, n->cls.decorators, CTX_LOAD);
        visit_list(st, s, n->cls.bases, CTX_LOAD);
        for (uint32_t i = 0; i < nl_len(n->cls.keywords); i++) {
            visit_expr(st, s, nl_get(n->cls.keywords, i)->kw.value, CTX_LOAD);
        }
        sym_add(c, s, n->cls.name, DEF_LOCAL, n);
        Scope *cs = scope_new(c, s, SCOPE_CLASS, n->cls.name, n);
        n->cls.scope = cs;
        visit_body(st, cs, n->cls.body);
        break;
    }
    case S_RETURN:
        if (s->kind != SCOPE_FUNCTION) {
            comp_error(c, n, "'return' outside function");
        }
        if (n->un.value) {
            visit_expr(st, s, n->un.value, CTX_LOAD);
        }
        break;
    case S_DELETE:
        visit_list(st, s, n->del.targets, CTX_DEL);
        break;
    case S_FOR:
        if ((n->flags & NF_ASYNC) && !(s->kind == SCOPE_FUNCTION && s->coroutine)) {
            comp_error(c, n, "'async for' outside async function");
        }
        visit_expr(st, s, n->forl.target, CTX_STORE);
        visit_expr(st, s, n->forl.iter, CTX_LOAD);
        visit_body(st, s, n->forl.body);
        visit_body(st, s, n->forl.orelse);
        break;
    case S_WHILE: case S_IF:
        visit_expr(st, s, n->cond.test, CTX_LOAD);
        visit_body(st, s, n->cond.body);
        visit_body(st, s, n->cond.orelse);
        break;
    case S_WITH:
        if ((n->flags & NF_ASYNC) && !(s->kind == SCOPE_FUNCTION && s->coroutine)) {
            comp_error(c, n, "'async with' outside async function");
        }
        for (uint32_t i = 0; i < nl_len(n->with.items); i++) {
            Node *it = nl_get(n->with.items, i);
            visit_expr(st, s, it->withitem.expr, CTX_LOAD);
            if (it->withitem.vars) {
                visit_expr(st, s, it->withitem.vars, CTX_STORE);
            }
        }
        visit_body(st, s, n->with.body);
        break;
    case S_RAISE:
        if (n->raise.exc) {
            visit_expr(st, s, n->raise.exc, CTX_LOAD);
        }
        if (n->raise.cause) {
            visit_expr(st, s, n->raise.cause, CTX_LOAD);
        }
        break;
    case S_TRY:
        visit_body(st, s, n->tryb.body);
        for (uint32_t i = 0; i < nl_len(n->tryb.handlers); i++) {
            Node *h = nl_get(n->tryb.handlers, i);
            if (h->handler.type) {
                visit_expr(st, s, h->handler.type, CTX_LOAD);
            }
            if (h->handler.name) {
                sym_add(c, s, h->handler.name, DEF_LOCAL, h);
            }
            visit_body(st, s, h->handler.body);
        }
        visit_body(st, s, n->tryb.orelse);
        visit_body(st, s, n->tryb.finalbody);
        break;
    case S_ASSERT:
        visit_expr(st, s, n->assert_.test, CTX_LOAD);
        if (n->assert_.msg) {
            visit_expr(st, s, n->assert_.msg, CTX_LOAD);
        }
        break;
    case S_IMPORT:
        for (uint32_t i = 0; i < nl_len(n->import.names); i++) {
            Node *a = nl_get(n->import.names, i);
            sym_add(c, s, import_store_name(a), DEF_IMPORT, a);
        }
        break;
    case S_IMPORTFROM:
        for (uint32_t i = 0; i < nl_len(n->import.names); i++) {
            Node *a = nl_get(n->import.names, i);
            if (str_cstr(a->alias.name)[0] == '*') {
                if (s->kind != SCOPE_MODULE) {
                    sym_error(c, n, "import * only allowed at module level");
                }
                continue;
            }
            sym_add(c, s, a->alias.asname ? a->alias.asname : a->alias.name, DEF_IMPORT, a);
        }
        break;
    case S_GLOBAL: case S_NONLOCAL:
        visit_global(st, s, n);
        break;
    default:
        break;
    }
    comp_leave(c);
}

static void visit_body(Sym *st, Scope *s, NodeList l) {
    for (uint32_t i = 0; i < nl_len(l); i++) {
        visit_stmt(st, s, nl_get(l, i));
    }
}

// --- analysis -------------------------------------------------------------------

typedef struct {
    Value *v;
    uint32_t n, cap;
} NameSet;

static bool ns_has(const NameSet *s, Value x) {
    for (uint32_t i = 0; i < s->n; i++) {
        if (s->v[i] == x) {
            return true;
        }
    }
    return false;
}

static void ns_add(Compiler *c, NameSet *s, Value x) {
    if (ns_has(s, x)) {
        return;
    }
    if (s->n == s->cap) {
        uint32_t cap = s->cap ? s->cap * 2 : 8;
        Value *nv = arena_alloc(&c->p->arena, sizeof(Value) * cap);
        if (s->n) {
            memcpy(nv, s->v, sizeof(Value) * s->n);
        }
        s->v = nv;
        s->cap = cap;
    }
    s->v[s->n++] = x;
}

static void analyze(Compiler *c, Scope *s, const NameSet *bound, NameSet *free_out) {
    comp_enter(c);
    for (uint32_t i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        int f = sym->flags;
        if (f & (DEF_GLOBAL | DEF_COMP_GLOBAL)) {
            sym->where = SC_GLOBAL_EXPLICIT;
        } else if (f & DEF_NONLOCAL) {
            if (!ns_has(bound, sym->name)) {
                sym_error(c, sym->first, "no binding for nonlocal '%S' found", sym->name);
            }
            sym->where = SC_FREE;
        } else if (f & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)) {
            sym->where = SC_LOCAL;
        } else if (ns_has(bound, sym->name)) {
            sym->where = SC_FREE;
        } else {
            sym->where = SC_GLOBAL_IMPLICIT;
        }
    }
    NameSet newbound = {NULL, 0, 0};
    if (s->kind != SCOPE_MODULE) {
        for (uint32_t i = 0; i < bound->n; i++) {
            Symbol *sym = sym_lookup(s, bound->v[i]);
            if (!sym || sym->where != SC_GLOBAL_EXPLICIT) {
                ns_add(c, &newbound, bound->v[i]);
            }
        }
        if (s->kind == SCOPE_FUNCTION) {
            for (uint32_t i = 0; i < s->nsyms; i++) {
                if (s->syms[i].where == SC_LOCAL) {
                    ns_add(c, &newbound, s->syms[i].name);
                }
            }
        } else {
            ns_add(c, &newbound, NAME(__class__));
        }
    }
    NameSet child_free = {NULL, 0, 0};
    for (Scope *ch = s->children; ch; ch = ch->next_sibling) {
        analyze(c, ch, &newbound, &child_free);
    }
    for (uint32_t i = 0; i < child_free.n; i++) {
        Value name = child_free.v[i];
        if (s->kind == SCOPE_CLASS && name == NAME(__class__)) {
            s->needs_class_cell = true;
            continue;
        }
        Symbol *sym = sym_lookup(s, name);
        if (sym) {
            if (sym->where == SC_LOCAL) {
                if (s->kind == SCOPE_FUNCTION) {
                    sym->where = SC_CELL;
                } else {
                    sym->flags |= DEF_FREE_CLASS;
                }
            } else if (sym->where != SC_FREE && s->kind == SCOPE_CLASS) {
                sym->flags |= DEF_FREE_CLASS;
            }
        } else {
            sym = sym_new(c, s, name, NULL);
            sym->where = SC_FREE;
        }
    }
    for (uint32_t i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->where == SC_FREE || (sym->flags & DEF_FREE_CLASS)) {
            ns_add(c, free_out, sym->name);
        }
    }
    comp_leave(c);
}

static Value *names_alloc(Compiler *c, uint32_t n) {
    return n ? arena_alloc(&c->p->arena, sizeof(Value) * n) : NULL;
}

static void assign_param(Scope *s, Value name) {
    Symbol *sym = sym_lookup(s, sym_mangle(s->private_, name));
    sym->slot = (int16_t)s->nvarnames;
    s->varnames[s->nvarnames++] = sym->name;
}

static void assign_slots(Compiler *c, Scope *s) {
    uint32_t nloc = 0, ncell = 0, nfree = 0;
    for (uint32_t i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->where == SC_LOCAL || (sym->flags & DEF_PARAM)) {
            nloc++;
        }
        if (sym->where == SC_CELL) {
            ncell++;
        }
        if (sym->where == SC_FREE || (s->kind == SCOPE_CLASS && (sym->flags & DEF_FREE_CLASS))) {
            nfree++;
        }
    }
    if (s->needs_class_cell) {
        ncell++;
    }
    if (s->kind == SCOPE_FUNCTION) {
        s->varnames = names_alloc(c, nloc);
        s->nvarnames = 0;
        if (s->comp) {
            Symbol *sym = sym_lookup(s, NAME(dot_zero));
            sym->slot = 0;
            s->varnames[s->nvarnames++] = sym->name;
        } else {
            Node *args = s->lambda ? s->node->lambda.args : s->node->func.args;
            NodeList groups[3] = {args->args.posonly, args->args.args, args->args.kwonly};
            for (int g = 0; g < 3; g++) {
                for (uint32_t i = 0; i < nl_len(groups[g]); i++) {
                    assign_param(s, nl_get(groups[g], i)->arg.name);
                }
            }
            if (args->args.vararg) {
                assign_param(s, args->args.vararg->arg.name);
            }
            if (args->args.kwarg) {
                assign_param(s, args->args.kwarg->arg.name);
            }
        }
        for (uint32_t i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->where == SC_LOCAL && !(sym->flags & DEF_PARAM)) {
                sym->slot = (int16_t)s->nvarnames;
                s->varnames[s->nvarnames++] = sym->name;
            }
        }
    }
    s->cellvars = names_alloc(c, ncell);
    s->freevars = names_alloc(c, nfree);
    s->ncells = s->nfrees = 0;
    if (s->needs_class_cell) {
        s->cellvars[s->ncells++] = NAME(__class__);
    }
    for (uint32_t i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->where == SC_CELL) {
            sym->cell = (int16_t)s->ncells;
            s->cellvars[s->ncells++] = sym->name;
        }
    }
    for (uint32_t i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->where == SC_FREE || (s->kind == SCOPE_CLASS && (sym->flags & DEF_FREE_CLASS))) {
            sym->cell = (int16_t)(ncell + s->nfrees);
            s->freevars[s->nfrees++] = sym->name;
        }
    }
    for (Scope *ch = s->children; ch; ch = ch->next_sibling) {
        assign_slots(c, ch);
    }
}

static Scope *finish_module(Compiler *c, Scope *m) {
    NameSet bound = {NULL, 0, 0}, free_names = {NULL, 0, 0};
    analyze(c, m, &bound, &free_names);
    assign_slots(c, m);
    return m;
}

Scope *sym_analyze_module(Compiler *c, NodeList stmts) {
    Sym st = {c, false};
    Scope *m = scope_new(c, NULL, SCOPE_MODULE, NAME(lt_module), NULL);
    visit_body(&st, m, stmts);
    return finish_module(c, m);
}

// Statements of a class body compiled one at a time (compile_stream.c):
// analysed as the body of a module-level class. `globals` carries the
// names declared global by earlier statements of the body (a GC vector);
// *needs_cell is set when a method uses super() or __class__.
Scope *sym_analyze_class_stmts(Compiler *c, Value name, ValVec *globals, NodeList stmts, bool *needs_cell) {
    Sym st = {c, false};
    Scope *m = scope_new(c, NULL, SCOPE_MODULE, NAME(lt_module), NULL);
    Scope *cs = scope_new(c, m, SCOPE_CLASS, name, NULL);
    for (uint32_t i = 0; i < globals->n; i++) {
        sym_add_raw(c, cs, globals->items[i], DEF_GLOBAL, nl_get(stmts, 0));
    }
    visit_body(&st, cs, stmts);
    finish_module(c, m);
    for (uint32_t i = 0; i < cs->nsyms; i++) {
        Symbol *sym = &cs->syms[i];
        if (sym->flags & DEF_GLOBAL) {
            bool known = false;
            for (uint32_t k = 0; k < globals->n; k++) {
                known = known || globals->items[k] == sym->name;
            }
            if (!known) {
                valvec_push(globals, sym->name);
            }
        }
    }
    if (cs->needs_class_cell) {
        *needs_cell = true;
    }
    return cs;
}

Scope *sym_analyze_eval(Compiler *c, Node *expr) {
    Sym st = {c, false};
    Scope *m = scope_new(c, NULL, SCOPE_MODULE, NAME(lt_module), NULL);
    visit_expr(&st, m, expr, CTX_LOAD);
    return finish_module(c, m);
}
