// micropython.const folding, as MicroPython and CircuitPython do it: after
// `from micropython import const` at module top level, a top-level
// statement `NAME = const(expr)`, expr an int built from int literals,
// earlier const names and + - * // % ** << >> & | ^ ~, stores the folded
// int in NAME (as CPython's identity const would) and makes later loads of
// NAME in the module, and in functions that see the global NAME, compile to
// LOAD_CONST. Unlike MicroPython, `_NAME` is still stored in the globals so
// the program behaves as under CPython. Any later binding or deletion of
// NAME at module level (or through `global NAME`) ends the folding, so code
// compiled after it loads the variable; code compiled before it keeps the
// folded value (MicroPython would reject such a program).
#include "compile_int.h"
#include "nlr.h"
#include "vm_raise.h"

static int32_t const_find(Compiler *c, Value name) {
    for (uint32_t i = 0; i < c->const_names.n; i++) {
        if (c->const_names.items[i] == name) {
            return (int32_t)i;
        }
    }
    return -1;
}

bool const_lookup(Compiler *c, Value name, Value *out) {
    int32_t i = c->const_names.n ? const_find(c, name) : -1;
    if (i < 0) {
        return false;
    }
    *out = c->const_values.items[i];
    return true;
}

void const_forget(Compiler *c, Value name) {
    if (name == NAME(const)) {
        c->const_imported = false;
    }
    int32_t i = c->const_names.n ? const_find(c, name) : -1;
    if (i < 0) {
        return;
    }
    uint32_t last = c->const_names.n - 1;
    c->const_names.items[i] = c->const_names.items[last];
    c->const_values.items[i] = c->const_values.items[last];
    c->const_names.n = c->const_values.n = last;
}

static bool is_exact_int(Value v) {
    return val_is_small_int(v) || is_type(v, &int_type);
}

// The operation under an NLR guard: an error (ZeroDivisionError, a
// negative shift) leaves the expression to be evaluated, and raise, at run
// time.
static bool fold_apply(bool unary, int op, Value a, Value b, Value *out) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        *out = unary ? obj_unary_op(op, a) : obj_binary_op(op, a, b);
        nlr_pop();
        return is_exact_int(*out);
    }
    return false;
}

static bool fold_int(Compiler *c, Node *n, Value *out, int depth) {
    if (depth > 32) {
        return false;
    }
    switch (n->kind) {
    case E_CONST:
        *out = n->v;
        return is_exact_int(n->v);
    case E_NAME:
        return const_lookup(c, n->name.id, out);
    case E_UNARYOP: {
        Value v;
        if (n->op == UOP_NOT || !fold_int(c, n->un.value, &v, depth + 1)) {
            return false;
        }
        int op = n->op == UOP_NEG ? UNOP_NEG : n->op == UOP_POS ? UNOP_POS : UNOP_INVERT;
        return fold_apply(true, op, v, VAL_NULL, out);
    }
    case E_BINOP: {
        int op = n->op;
        if (op == BINOP_MATMUL || op == BINOP_TRUEDIV || op >= BINOP_COUNT) {
            return false;
        }
        Value a, b;
        if (!fold_int(c, n->bin.left, &a, depth + 1) || !fold_int(c, n->bin.right, &b, depth + 1)) {
            return false;
        }
        // Keep huge results out of the constant table (and compile time).
        if ((op == BINOP_POW || op == BINOP_LSHIFT) &&
            (!val_is_small_int(b) || val_small_int(b) > (op == BINOP_POW ? 256 : 1024))) {
            return false;
        }
        return fold_apply(false, op, a, b, out);
    }
    default:
        return false;
    }
}

static bool is_name(Node *n, Value name) { return n && n->kind == E_NAME && n->name.id == name; }

// A module top-level statement, before it is compiled. Compiles it and
// returns true if it is a foldable const assignment (or notes the import of
// const); returns false, compiling nothing, otherwise.
bool const_top_stmt(Compiler *c, Node *s) {
    if (s->kind == S_IMPORTFROM) {
        bool found = false;
        if (s->import.level == 0 && s->import.module == NAME(micropython)) {
            for (uint32_t i = 0; i < nl_len(s->import.names); i++) {
                Node *a = nl_get(s->import.names, i);
                if (a->alias.name == NAME(const) && (a->alias.asname == VAL_NULL || a->alias.asname == NAME(const))) {
                    found = true;
                }
            }
        }
        compile_stmt(c, s);
        if (found) {
            c->const_imported = true;
        }
        return true;
    }
    if (!c->const_imported || s->kind != S_ASSIGN || nl_len(s->assign.targets) != 1) {
        return false;
    }
    Node *target = nl_get(s->assign.targets, 0), *v = s->assign.value;
    if (target->kind != E_NAME || v->kind != E_CALL || !is_name(v->call.func, NAME(const)) ||
        nl_len(v->call.args) != 1 || nl_len(v->call.keywords) != 0) {
        return false;
    }
    Value value;
    if (!fold_int(c, nl_get(v->call.args, 0), &value, 0)) {
        return false;
    }
    // const is the identity: store the folded value without calling it.
    set_line(c, s);
    emit_const(c, value);
    compile_name(c, target->name.id, CTX_STORE, target);
    valvec_push(&c->const_names, target->name.id);
    valvec_push(&c->const_values, value);
    return true;
}
