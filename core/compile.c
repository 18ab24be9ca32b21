// The compiler's driver and assembler: compile_source (one top-level
// statement at a time: parse, analyse, emit, then drop the statement's
// arena), code units (the growing bytecode, constants, names and line
// table of one code object), labels, the stack-depth and block-depth
// analysis, and code object creation. compile_is_incomplete for the REPL.
#include <string.h>
#include "compile_int.h"
#include "gc.h"
#include "nlr.h"
#include "vm_raise.h"

// --- errors -------------------------------------------------------------------

// CPython's compiler errors carry the source line only when it can read
// it from the file: none for "<string>" and "<stdin>".
static int comp_text_mode(Compiler *c) {
    const char *f = str_cstr(c->p->filename);
    return f[0] == '<' ? LEX_TEXT_NONE : LEX_TEXT_NL;
}

_Noreturn void comp_error(Compiler *c, const Node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lex_verror_at(c->p->src, c->p->len, c->p->filename, &exc_SyntaxError_type, n->line, (int32_t)n->col,
                  n->end_line, (int32_t)n->end_col, comp_text_mode(c), NULL, fmt, ap);
}

_Noreturn void sym_error(Compiler *c, const Node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lex_verror_at(c->p->src, c->p->len, c->p->filename, &exc_SyntaxError_type, n->line, (int32_t)n->col,
                  n->end_line, (int32_t)n->end_col, comp_text_mode(c) | LEX_ARGS_MSG_ONLY, NULL, fmt, ap);
}

void comp_enter(Compiler *c) {
    if (++c->depth > PARSE_MAX_DEPTH) {
        parse_depth_error();
    }
}

// --- value vectors (GC-scanned) --------------------------------------------------

void valvec_push(ValVec *v, Value x) {
    if (v->n == v->cap) {
        uint32_t cap = v->cap ? v->cap * 2 : 8;
        Value *items = gc_alloc(sizeof(Value) * cap, false);
        if (v->n) {
            memcpy(items, v->items, sizeof(Value) * v->n);
        }
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = x;
}

// Constants are the same only if they have the same type and value
// (1, 1.0 and True are different; so are 0.0 and -0.0).
static bool const_same(Value a, Value b) {
    if (a == b) {
        return true;
    }
    if (val_is_small_int(a) || val_is_small_int(b) || type_of(a) != type_of(b)) {
        return false;
    }
    const Type *t = type_of(a);
    if (t == &float_type) {
        double x = float_value(a), y = float_value(b);
        return memcmp(&x, &y, sizeof(double)) == 0;
    }
    if (t == &str_type || t == &bytes_type || t == &int_type) {
        return obj_eq(a, b);
    }
    if (t == &tuple_type) {
        TupleObj *ta = val_tuple(a), *tb = val_tuple(b);
        if (ta->len != tb->len) {
            return false;
        }
        for (size_t i = 0; i < ta->len; i++) {
            if (!const_same(ta->items[i], tb->items[i])) {
                return false;
            }
        }
        return true;
    }
    return false;
}

uint32_t const_index(Compiler *c, Value v) {
    ValVec *vv = &c->u->consts;
    for (uint32_t i = 0; i < vv->n; i++) {
        if (const_same(vv->items[i], v)) {
            return i;
        }
    }
    valvec_push(vv, v);
    return vv->n - 1;
}

uint32_t name_index(Compiler *c, Value name) {
    ValVec *vv = &c->u->names;
    for (uint32_t i = 0; i < vv->n; i++) {
        if (vv->items[i] == name) {
            return i;
        }
    }
    valvec_push(vv, name);
    return vv->n - 1;
}

// --- emitting -------------------------------------------------------------------

#define CODE_MAX 0xFFFE

static void code_reserve(Compiler *c, uint32_t need) {
    Unit *u = c->u;
    if (u->len + need > CODE_MAX) {
        vm_raise(&exc_SystemError_type, "code object too large");
    }
    if (u->len + need > u->cap) {
        uint32_t cap = u->cap ? u->cap * 2 : 64;
        while (cap < u->len + need) {
            cap *= 2;
        }
        uint8_t *code = gc_alloc(cap, true);
        if (u->len) {
            memcpy(code, u->code, u->len);
        }
        u->code = code;
        u->cap = cap;
    }
}

static void line_pair(Unit *u, int doff, int dline) {
    if (u->lines_len + 2 > u->lines_cap) {
        uint32_t cap = u->lines_cap ? u->lines_cap * 2 : 32;
        uint8_t *l = gc_alloc(cap, true);
        if (u->lines_len) {
            memcpy(l, u->lines, u->lines_len);
        }
        u->lines = l;
        u->lines_cap = cap;
    }
    u->lines[u->lines_len++] = (uint8_t)doff;
    u->lines[u->lines_len++] = (uint8_t)(int8_t)dline;
}

// Records that the instruction about to be emitted is on u->cur_line.
static void mark_line(Unit *u) {
    if (u->cur_line == u->line_last || u->cur_line == 0) {
        return;
    }
    int doff = (int)(u->len - u->line_off);
    int dline = (int)u->cur_line - (int)u->line_last;
    while (doff > 255) {
        line_pair(u, 255, 0);
        doff -= 255;
    }
    while (dline > 127) {
        line_pair(u, doff, 127);
        doff = 0;
        dline -= 127;
    }
    while (dline < -128) {
        line_pair(u, doff, -128);
        doff = 0;
        dline += 128;
    }
    line_pair(u, doff, dline);
    u->line_off = u->len;
    u->line_last = u->cur_line;
}

void set_line(Compiler *c, const Node *n) {
    if (n && n->line) {
        c->u->cur_line = n->line;
    }
}

void emit_op(Compiler *c, int op) {
    Unit *u = c->u;
    mark_line(u);
    code_reserve(c, 1);
    u->code[u->len++] = (uint8_t)op;
}

void emit_arg(Compiler *c, int op, uint32_t arg) {
    Unit *u = c->u;
    if (arg > 0xFFFF) {
        vm_raise(&exc_SystemError_type, "code object too large");
    }
    mark_line(u);
    code_reserve(c, 3);
    u->code[u->len++] = (uint8_t)op;
    u->code[u->len++] = (uint8_t)(arg & 0xFF);
    u->code[u->len++] = (uint8_t)(arg >> 8);
}

void emit_const(Compiler *c, Value v) { emit_arg(c, OP_LOAD_CONST, const_index(c, v)); }

// Forward jumps to an unbound label are chained through their argument
// fields (0xFFFF ends the chain) and patched when the label is bound.
void emit_jump(Compiler *c, int op, Label *l) {
    if (l->pos >= 0) {
        emit_arg(c, op, (uint32_t)l->pos);
        return;
    }
    uint32_t at = c->u->len;
    emit_arg(c, op, l->chain >= 0 ? (uint32_t)l->chain : 0xFFFF);
    l->chain = (int32_t)at;
}

void label_bind(Compiler *c, Label *l) {
    Unit *u = c->u;
    l->pos = (int32_t)u->len;
    int32_t at = l->chain;
    while (at >= 0) {
        uint32_t next = u->code[at + 1] | ((uint32_t)u->code[at + 2] << 8);
        u->code[at + 1] = (uint8_t)(u->len & 0xFF);
        u->code[at + 2] = (uint8_t)(u->len >> 8);
        at = next == 0xFFFF ? -1 : (int32_t)next;
    }
    l->chain = -1;
}

int32_t unit_retval_slot(Compiler *c) {
    Unit *u = c->u;
    if (u->retval_slot < 0) {
        u->retval_slot = (int32_t)u->varnames.n;
        valvec_push(&u->varnames, NAME(dot_retval));
    }
    return u->retval_slot;
}

// --- units ----------------------------------------------------------------------

void unit_init(Compiler *c, Unit *u, Scope *scope, Value qualname, uint32_t firstlineno) {
    memset(u, 0, sizeof(*u));
    u->parent = c->u;
    u->scope = scope;
    u->qualname = qualname;
    u->firstlineno = firstlineno;
    u->line_last = firstlineno;
    u->cur_line = firstlineno;
    u->retval_slot = -1;
    for (uint32_t i = 0; i < scope->nvarnames; i++) {
        valvec_push(&u->varnames, scope->varnames[i]);
    }
    c->u = u;
}

// --- stack depth analysis ---------------------------------------------------------

typedef struct BlockLink {
    struct BlockLink *next;
    int32_t level;
    int32_t count;
} BlockLink;

static int stack_effect(int op, uint32_t arg) {
    switch (op) {
    case OP_CALL_FUNCTION: return -(int)arg;
    case OP_CALL_FUNCTION_KW: return -(int)arg - 1;
    case OP_CALL_FUNCTION_EX: return (arg & 1) ? -2 : -1;
    case OP_CALL_METHOD: return -(int)arg - 1;
    case OP_CALL_METHOD_KW: return -(int)arg - 2;
    case OP_MAKE_FUNCTION:
        return -1 - (int)((arg & 1) != 0) - (int)((arg & 2) != 0) - (int)((arg & 8) != 0);
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_SLICE:
    case OP_BUILD_STRING:
        return 1 - (int)arg;
    case OP_BUILD_MAP: return 1 - 2 * (int)arg;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE: return (int)arg - 1;
    case OP_UNPACK_EX: return (int)(arg & 0xFF) + (int)(arg >> 8);
    case OP_RAISE_VARARGS: return -(int)arg;
    default: return opcode_stack_effect[op];
    }
}

static BlockLink *block_push(Compiler *c, BlockLink *b, int32_t level) {
    BlockLink *n = arena_alloc(&c->p->arena, sizeof(BlockLink));
    n->next = b;
    n->level = level;
    n->count = b ? b->count + 1 : 1;
    return n;
}

static _Noreturn void flow_bug(uint32_t off) {
    vm_raise(&exc_SystemError_type, "compiler: inconsistent stack depth at offset %u", (unsigned)off);
}

// Walks every path through the code, recording the stack depth and block
// stack at each instruction; returns the maximum depth and block count.
static void analyze_flow(Compiler *c, Unit *u, uint32_t *maxstack, uint32_t *maxblocks) {
    uint32_t len = u->len;
    int32_t *depth = arena_alloc(&c->p->arena, sizeof(int32_t) * (len + 1));
    BlockLink **blocks = arena_alloc(&c->p->arena, sizeof(BlockLink *) * (len + 1));
    uint32_t *work = arena_alloc(&c->p->arena, sizeof(uint32_t) * (len + 1));
    for (uint32_t i = 0; i <= len; i++) {
        depth[i] = -1;
    }
    uint32_t nwork = 0;
    int32_t maxd = 0, maxb = 0;
#define VISIT(off, d, b)                              \
    do {                                              \
        uint32_t o_ = (off);                          \
        if (o_ >= len) {                              \
            flow_bug(o_);                             \
        }                                             \
        if (depth[o_] < 0) {                          \
            depth[o_] = (d);                          \
            blocks[o_] = (b);                         \
            work[nwork++] = o_;                       \
        } else if (depth[o_] != (d)) {                \
            flow_bug(o_);                             \
        }                                             \
    } while (0)
    if (len > 0) {
        VISIT(0, 0, NULL);
    }
    while (nwork > 0) {
        uint32_t off = work[--nwork];
        int32_t d = depth[off];
        BlockLink *b = blocks[off];
        for (;;) {
            int op = u->code[off];
            uint32_t arg = 0, next = off + 1;
            if (opcode_has_arg[op]) {
                arg = u->code[off + 1] | ((uint32_t)u->code[off + 2] << 8);
                next = off + 3;
            }
            bool fall = true;
            switch (op) {
            case OP_JUMP:
                VISIT(arg, d, b);
                fall = false;
                break;
            case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
                d -= 1;
                VISIT(arg, d, b);
                break;
            case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
                VISIT(arg, d, b);
                d -= 1;
                break;
            case OP_JUMP_IF_NOT_EXC_MATCH:
                d -= 2;
                VISIT(arg, d, b);
                break;
            case OP_FOR_ITER:
                VISIT(arg, d - 1, b);
                d += 1;
                break;
            case OP_SETUP_FINALLY:
                b = block_push(c, b, d);
                VISIT(arg, d + 1, b);
                break;
            case OP_SETUP_WITH:
                b = block_push(c, b, d);
                VISIT(arg, d + 1, b);
                d += 1;
                break;
            case OP_POP_BLOCK:
                if (!b) {
                    flow_bug(off);
                }
                b = b->next;
                break;
            case OP_POP_EXCEPT:
                if (!b) {
                    flow_bug(off);
                }
                d = b->level;
                b = b->next;
                break;
            case OP_END_ASYNC_FOR:
                if (!b) {
                    flow_bug(off);
                }
                d = b->level - 1;
                b = b->next;
                break;
            case OP_RETURN_VALUE: case OP_RERAISE: case OP_RAISE_VARARGS:
                d += stack_effect(op, arg);
                fall = false;
                break;
            default:
                d += stack_effect(op, arg);
                break;
            }
            if (d < 0) {
                flow_bug(off);
            }
            if (d > maxd) {
                maxd = d;
            }
            if (b && b->count > maxb) {
                maxb = b->count;
            }
            if (!fall) {
                break;
            }
            if (next >= len) {
                flow_bug(next);
            }
            if (depth[next] >= 0) {
                if (depth[next] != d) {
                    flow_bug(next);
                }
                break;
            }
            depth[next] = d;
            blocks[next] = b;
            off = next;
        }
    }
#undef VISIT
    *maxstack = (uint32_t)maxd;
    *maxblocks = (uint32_t)maxb;
}

static Value valvec_tuple(ValVec *v) { return v->n ? tuple_new(v->n, v->items) : tuple_empty(); }

static Value names_tuple(Value *names, uint32_t n) { return n ? tuple_new(n, names) : tuple_empty(); }

Value unit_finish(Compiler *c, Unit *u, Value name, int flags, int argcount, int posonly, int kwonly) {
    uint32_t maxstack, maxblocks;
    analyze_flow(c, u, &maxstack, &maxblocks);
    if (maxstack > 0xFFFF || u->varnames.n > 0xFFFF) {
        vm_raise(&exc_SystemError_type, "code object too large");
    }
    CodeObj *co = (CodeObj *)gc_alloc_obj(sizeof(CodeObj), &code_type);
    co->name = name;
    co->qualname = u->qualname;
    co->filename = c->p->filename;
    uint8_t *code = gc_alloc(u->len ? u->len : 1, true);
    memcpy(code, u->code, u->len);
    co->code = code;
    co->code_len = u->len;
    uint8_t *lines = gc_alloc(u->lines_len ? u->lines_len : 1, true);
    if (u->lines_len) {
        memcpy(lines, u->lines, u->lines_len);
    }
    co->lines = lines;
    co->lines_len = u->lines_len;
    co->consts = valvec_tuple(&u->consts);
    co->names = valvec_tuple(&u->names);
    co->varnames = valvec_tuple(&u->varnames);
    co->cellvars = names_tuple(u->scope->cellvars, u->scope->ncells);
    co->freevars = names_tuple(u->scope->freevars, u->scope->nfrees);
    co->argcount = (uint16_t)argcount;
    co->posonlyargcount = (uint16_t)posonly;
    co->kwonlyargcount = (uint16_t)kwonly;
    co->nlocals = (uint16_t)u->varnames.n;
    co->stacksize = (uint16_t)maxstack;
    co->maxblocks = (uint16_t)maxblocks;
    co->flags = (uint16_t)flags;
    co->firstlineno = u->firstlineno;
    c->u = u->parent;
    return OBJ_VAL(co);
}

// --- the driver ---------------------------------------------------------------

// Source checks CPython makes before tokenizing.
static void check_source(const char *src, size_t len, Value filename) {
    if (memchr(src, 0, len)) {
        Value msg = str_new_cstr("source code cannot contain null bytes");
        vm_raise_obj(exc_new(&exc_SyntaxError_type, 1, &msg));
    }
    size_t line = 1, line_start = 0;
    for (size_t i = 0; i < len;) {
        uint8_t b = (uint8_t)src[i];
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                line_start = i + 1;
            }
            i++;
            continue;
        }
        size_t n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
        bool ok = n != 0 && i + n <= len;
        for (size_t k = 1; ok && k < n; k++) {
            ok = ((uint8_t)src[i + k] & 0xC0) == 0x80;
        }
        if (ok && n == 3) {
            uint8_t b1 = (uint8_t)src[i + 1];
            ok = !(b == 0xE0 && b1 < 0xA0);
        } else if (ok && n == 4) {
            uint8_t b1 = (uint8_t)src[i + 1];
            ok = !(b == 0xF0 && b1 < 0x90) && !(b == 0xF4 && b1 >= 0x90);
        }
        if (!ok) {
            const char *why = n == 0 ? "invalid start byte" : i + n > len ? "unexpected end of data"
                                                                     : "invalid continuation byte";
            lex_error_at(src, (uint32_t)len, filename, &exc_SyntaxError_type, (uint32_t)line,
                         (int32_t)(i - line_start), (uint32_t)line, -1,
                         "(unicode error) 'utf-8' codec can't decode byte 0x%s%x in position %u: %s",
                         b < 16 ? "0" : "", (unsigned)b, (unsigned)(i - line_start), why);
        }
        i += n;
    }
}

// "\r\n" and lone "\r" become "\n" (CPython reads source in universal
// newline mode); returns src itself when there is nothing to change.
static const char *normalize_newlines(const char *src, size_t *len) {
    if (!memchr(src, '\r', *len)) {
        return src;
    }
    char *out = gc_alloc(*len + 1, true);
    size_t n = 0;
    for (size_t i = 0; i < *len; i++) {
        if (src[i] == '\r') {
            out[n++] = '\n';
            if (i + 1 < *len && src[i + 1] == '\n') {
                i++;
            }
        } else {
            out[n++] = src[i];
        }
    }
    *len = n;
    return out;
}

static void compile_module_stmts(Compiler *c, NodeList stmts, bool first) {
    Scope *s = sym_analyze_module(c, stmts);
    c->u->scope = s;
    for (uint32_t i = 0; i < nl_len(stmts); i++) {
        Node *st = nl_get(stmts, i);
        if (first && i == 0 && c->mode == COMPILE_FILE && compile_has_docstring(stmts)) {
            set_line(c, st);
            emit_const(c, st->un.value->v);
            emit_arg(c, OP_STORE_NAME, name_index(c, NAME(__doc__)));
            continue;
        }
        if (!c->annotations_ready && compile_needs_annotations(node_list1(c->p, st))) {
            set_line(c, st);
            emit_arg(c, OP_BUILD_MAP, 0);
            emit_arg(c, OP_STORE_NAME, name_index(c, NAME(__annotations__)));
            c->annotations_ready = true;
        }
        compile_stmt(c, st);
    }
}

static Value compile_all(Parser *p, Compiler *c, Unit *mod) {
    Scope empty;
    memset(&empty, 0, sizeof(empty));
    empty.kind = SCOPE_MODULE;
    c->u = NULL;
    unit_init(c, mod, &empty, NAME(lt_module), 1);
    mod->cur_line = mod->line_last = 1;
    if (c->mode == COMPILE_EVAL) {
        Node *e = parse_eval_input(p);
        mod->scope = sym_analyze_eval(c, e);
        set_line(c, e);
        compile_expr(c, e);
        emit_op(c, OP_RETURN_VALUE);
    } else {
        bool first = true;
        NodeList stmts;
        while ((stmts = parse_next_statement(p)) != NULL) {
            compile_module_stmts(c, stmts, first);
            first = false;
            // The statement's tree and scopes are no longer needed. The
            // parser's current token holds no arena pointers.
            arena_release(&p->arena);
            mod->scope = &empty;
        }
        emit_const(c, VAL_NONE);
        emit_op(c, OP_RETURN_VALUE);
    }
    mod->scope = &empty;
    return unit_finish(c, mod, NAME(lt_module), 0, 0, 0, 0);
}

Value compile_source(const char *src, size_t len, Value filename, CompileMode mode) {
    check_source(src, len, filename);
    src = normalize_newlines(src, &len);
    if (len > 0xFFFFFFF0u) {
        vm_raise_memory_error();
    }
    Parser p;
    Compiler c;
    Unit mod;
    memset(&c, 0, sizeof(c));
    c.p = &p;
    c.mode = mode;
    c.interactive = mode == COMPILE_SINGLE;
    parser_init(&p, src, (uint32_t)len, filename, mode);
    Value result = VAL_NULL;
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        result = compile_all(&p, &c, &mod);
        nlr_pop();
    } else {
        // Free the tree now rather than at the next collection.
        arena_release(&p.arena);
        nlr_jump(nb.exc);
    }
    arena_release(&p.arena);
    return result;
}

// --- REPL support --------------------------------------------------------------

typedef struct {
    int last, last_sig, first_of_line;
} TokSummary;

static void summarize_tokens(Lexer *lx, TokSummary *ts) {
    Token t;
    for (;;) {
        lex_next(lx, &t);
        if (t.kind == T_ENDMARKER) {
            return;
        }
        if (t.kind != T_NEWLINE && t.kind != T_INDENT && t.kind != T_DEDENT) {
            if (ts->last == T_NEWLINE || ts->last == T_INDENT || ts->last == T_DEDENT) {
                ts->first_of_line = t.kind;
            }
            ts->last_sig = t.kind;
        }
        ts->last = t.kind;
    }
}

bool compile_is_incomplete(const char *src, size_t len) {
    // Tokenize: an error at the end of the input (unclosed bracket or
    // triple-quoted string, a trailing backslash) means more is coming.
    Lexer lx;
    TokSummary ts = {T_NEWLINE, T_NEWLINE, T_NEWLINE};
    lex_init(&lx, src, (uint32_t)len, NAME(lt_stdin));
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        summarize_tokens(&lx, &ts);
        nlr_pop();
    } else {
        for (uint32_t i = lx.pos; i < lx.len; i++) {
            char ch = src[i];
            if (ch != '\\' && ch != '\n' && ch != ' ' && ch != '\t') {
                return false;
            }
        }
        return true;
    }
    bool incomplete = ts.last_sig == T_COLON || ts.first_of_line == T_AT;
    if (lx.saw_indent) {
        // A block ends with an empty line.
        size_t n = len;
        if (n > 0 && src[n - 1] == '\n') {
            n--;
        }
        size_t ls = n;
        while (ls > 0 && src[ls - 1] != '\n') {
            ls--;
        }
        bool blank = true;
        for (size_t i = ls; i < n; i++) {
            if (src[i] != ' ' && src[i] != '\t') {
                blank = false;
            }
        }
        incomplete = !blank;
    }
    return incomplete;
}
