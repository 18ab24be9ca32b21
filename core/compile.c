// The compiler's driver and assembler: compile_source (statement by
// statement: parse, analyse, emit, then drop the statement's tree; module
// compound statements are streamed, see compile_stream.c), code units (the
// growing bytecode, constants, names and line table of one code object),
// labels, the stack-depth and block-depth tracking done as code is emitted
// (each label records the state code starts with there, so no separate
// analysis pass or per-byte table is needed), code object creation, and
// compile_is_incomplete for the REPL.
#include <string.h>
#include "compile_int.h"
#include "gc.h"
#include "nlr.h"
#include "vm.h"
#include "vm_raise.h"

// --- errors -------------------------------------------------------------------

// CPython's compiler errors carry the source line only when it can read
// it from the file: none for "<string>" and "<stdin>".
static int comp_text_mode(Compiler *c) {
    const char *f = str_cstr(c->p->filename);
    return f[0] == '<' ? LEX_TEXT_NONE : LEX_TEXT_NL;
}

_Noreturn void comp_error(Compiler *c, const Node *n, const char *fmt, ...) {
    c->p->compile_stage = 2;
    va_list ap;
    va_start(ap, fmt);
    lex_verror_at(c->p->src, c->p->len, c->p->filename, &exc_SyntaxError_type, n->line, (int32_t)n->col,
                  n->end_line, (int32_t)n->end_col, comp_text_mode(c), NULL, fmt, ap);
}

_Noreturn void sym_error(Compiler *c, const Node *n, const char *fmt, ...) {
    c->p->compile_stage = 1;
    va_list ap;
    va_start(ap, fmt);
    lex_verror_at(c->p->src, c->p->len, c->p->filename, &exc_SyntaxError_type, n->line, (int32_t)n->col,
                  n->end_line, (int32_t)n->end_col, comp_text_mode(c) | LEX_ARGS_MSG_ONLY, NULL, fmt, ap);
}

void comp_enter(Compiler *c) {
    if (++c->depth > PARSE_MAX_DEPTH) {
        parse_depth_error();
    }
    vm_check_c_stack();
}

// --- value vectors (GC-scanned) --------------------------------------------------

void valvec_push(ValVec *v, Value x) {
    if (v->n == v->cap) {
        uint32_t cap = v->cap ? v->cap * 2 : 8;
        v->items = v->items ? gc_realloc(v->items, sizeof(Value) * cap) : gc_alloc(sizeof(Value) * cap, false);
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

// A hash consistent with const_same (equal constants hash alike).
static uintptr_t const_hash(Value v) {
    if (val_is_small_int(v)) {
        return (uintptr_t)val_small_int(v);
    }
    const Type *t = type_of(v);
    if (t == &str_type) {
        return str_hash(v);
    }
    if (t == &int_type) {
        return int_hash(v);
    }
    if (t == &float_type) {
        double d = float_value(v);
        uint64_t bits;
        memcpy(&bits, &d, sizeof(bits));
        return (uintptr_t)(bits ^ (bits >> 29));
    }
    if (t == &bytes_type) {
        BytesObj *b = (BytesObj *)VAL_OBJ(v);
        return str_hash_bytes((const char *)b->data, b->len);
    }
    if (t == &tuple_type) {
        TupleObj *tp = val_tuple(v);
        uintptr_t h = 0x345678 + tp->len;
        for (size_t i = 0; i < tp->len; i++) {
            h = h * 1000003 ^ const_hash(tp->items[i]);
        }
        return h;
    }
    return v >> 4;
}

// Index of v in vv, found through the unit's hash table once the vector
// is large (module units may hold thousands of constants and names).
static uint32_t vec_index(ValVec *vv, ValHash *h, Value v, bool by_value) {
    uintptr_t hv = by_value ? const_hash(v) : (v >> 4);
    if (vv->n >= 16) {
        if (h->cap < vv->n * 2) {
            uint32_t cap = 64;
            while (cap < vv->n * 4) {
                cap *= 2;
            }
            if (h->slots) {
                gc_free(h->slots);
            }
            h->slots = gc_alloc(sizeof(uint32_t) * cap, true);
            h->cap = cap;
            for (uint32_t i = 0; i < vv->n; i++) {
                uintptr_t hi = by_value ? const_hash(vv->items[i]) : (vv->items[i] >> 4);
                uint32_t j = (uint32_t)(hi & (cap - 1));
                while (h->slots[j]) {
                    j = (j + 1) & (cap - 1);
                }
                h->slots[j] = i + 1;
            }
        }
        uint32_t j = (uint32_t)(hv & (h->cap - 1));
        while (h->slots[j]) {
            Value x = vv->items[h->slots[j] - 1];
            if (by_value ? const_same(x, v) : x == v) {
                return h->slots[j] - 1;
            }
            j = (j + 1) & (h->cap - 1);
        }
        valvec_push(vv, v);
        h->slots[j] = vv->n;
        return vv->n - 1;
    }
    for (uint32_t i = 0; i < vv->n; i++) {
        if (by_value ? const_same(vv->items[i], v) : vv->items[i] == v) {
            return i;
        }
    }
    valvec_push(vv, v);
    return vv->n - 1;
}

uint32_t const_index(Compiler *c, Value v) { return vec_index(&c->u->consts, &c->u->consts_hash, v, true); }

uint32_t name_index(Compiler *c, Value name) { return vec_index(&c->u->names, &c->u->names_hash, name, false); }

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
        u->code = u->code ? gc_realloc(u->code, cap) : gc_alloc(cap, true);
        u->cap = cap;
    }
}

static void line_pair(Unit *u, int doff, int dline) {
    if (u->lines_len + 2 > u->lines_cap) {
        uint32_t cap = u->lines_cap ? u->lines_cap * 2 : 32;
        u->lines = u->lines ? gc_realloc(u->lines, cap) : gc_alloc(cap, true);
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

static _Noreturn void flow_bug(uint32_t off) {
    vm_raise(&exc_SystemError_type, "compiler: inconsistent stack depth at offset %u", (unsigned)off);
}

static void note_depth(Unit *u) {
    if (u->depth < 0 || u->depth > 0x7FFF) {
        flow_bug(u->len);
    }
    if ((uint32_t)u->depth > u->maxstack) {
        u->maxstack = (uint32_t)u->depth;
    }
    if (u->nblocks > u->maxblocks) {
        u->maxblocks = u->nblocks;
    }
}

static void push_block(Compiler *c, int32_t level) {
    Unit *u = c->u;
    if (u->nblocks >= MAX_RTBLOCKS) {
        vm_raise(&exc_SystemError_type, "too many statically nested blocks");
    }
    u->blocks[u->nblocks++] = level;
}

static int32_t pop_block(Unit *u) {
    if (u->nblocks == 0) {
        flow_bug(u->len);
    }
    return u->blocks[--u->nblocks];
}

// The depth and blocks after `op` when execution falls through it.
static void track(Compiler *c, int op, uint32_t arg) {
    Unit *u = c->u;
    switch (op) {
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        u->depth -= 1;
        break;
    case OP_JUMP_IF_NOT_EXC_MATCH:
        u->depth -= 2;
        break;
    case OP_FOR_ITER:
        u->depth += 1;
        break;
    case OP_SETUP_FINALLY:
        push_block(c, u->depth);
        break;
    case OP_SETUP_WITH:
        push_block(c, u->depth);
        u->depth += 1;
        break;
    case OP_POP_BLOCK:
        pop_block(u);
        break;
    case OP_POP_EXCEPT:
        u->depth = pop_block(u);
        break;
    case OP_END_ASYNC_FOR:
        u->depth = pop_block(u) - 1;
        break;
    case OP_JUMP:
        break;
    default:
        u->depth += stack_effect(op, arg);
        break;
    }
    note_depth(u);
}

// Records (or checks) the state code starts with at label l.
static void label_state(Compiler *c, Label *l, int32_t depth, uint8_t nblocks, int32_t top) {
    if (l->depth < 0) {
        l->depth = depth;
        l->nblocks = nblocks;
        l->top = top;
    } else if (l->depth != depth || l->nblocks != nblocks || (nblocks && l->top != top)) {
        flow_bug(c->u->len);
    }
}

static bool ends_block(int op) {
    return op == OP_RETURN_VALUE || op == OP_JUMP || op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

void emit_op(Compiler *c, int op) {
    Unit *u = c->u;
    if (u->dead) {
        return;
    }
    mark_line(u);
    code_reserve(c, 1);
    u->code[u->len++] = (uint8_t)op;
    u->dead = ends_block(op);
    if (!u->dead) {
        track(c, op, 0);
    }
}

void emit_arg(Compiler *c, int op, uint32_t arg) {
    Unit *u = c->u;
    if (arg > 0xFFFF) {
        vm_raise(&exc_SystemError_type, "code object too large");
    }
    if (u->dead) {
        return;
    }
    mark_line(u);
    code_reserve(c, 3);
    u->code[u->len++] = (uint8_t)op;
    u->code[u->len++] = (uint8_t)(arg & 0xFF);
    u->code[u->len++] = (uint8_t)(arg >> 8);
    u->dead = ends_block(op);
    if (!u->dead) {
        track(c, op, arg);
    }
}

void emit_const(Compiler *c, Value v) { emit_arg(c, OP_LOAD_CONST, const_index(c, v)); }

// Forward jumps to an unbound label are chained through their argument
// fields (0xFFFF ends the chain) and patched when the label is bound.
void emit_jump(Compiler *c, int op, Label *l) {
    Unit *u = c->u;
    if (u->dead) {
        return;
    }
    // The state at the target when the jump is taken.
    int32_t d = u->depth, top = u->nblocks ? u->blocks[u->nblocks - 1] : 0;
    uint8_t nb = u->nblocks;
    switch (op) {
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_FOR_ITER:
        d -= 1;
        break;
    case OP_JUMP_IF_NOT_EXC_MATCH:
        d -= 2;
        break;
    case OP_SETUP_FINALLY: case OP_SETUP_WITH:
        top = d;
        d += 1;
        nb += 1;
        break;
    default:
        break;
    }
    label_state(c, l, d, nb, top);
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
    if (!u->dead) {
        label_state(c, l, u->depth, u->nblocks, u->nblocks ? u->blocks[u->nblocks - 1] : 0);
    } else if (l->depth >= 0) {
        // Reached only by jumps: take the state they recorded. (A label
        // bound in dead code with no jump to it yet can only be reached
        // by later, equally dead, jumps: the code stays dead.)
        u->depth = l->depth;
        u->nblocks = l->nblocks;
        if (u->nblocks) {
            u->blocks[u->nblocks - 1] = l->top;
        }
        u->dead = false;
    }
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

Unit *unit_new(Compiler *c, Scope *scope, Value qualname, uint32_t firstlineno) {
    Unit *u = gc_alloc(sizeof(Unit), false);
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
    return u;
}

// --- code objects ----------------------------------------------------------------

static Value valvec_tuple(ValVec *v) { return v->n ? tuple_new(v->n, v->items) : tuple_empty(); }

static Value names_tuple(Value *names, uint32_t n) { return n ? tuple_new(n, names) : tuple_empty(); }

Value unit_finish(Compiler *c, Unit *u, Value name, int flags, int argcount, int posonly, int kwonly) {
    uint32_t maxstack = u->maxstack, maxblocks = u->maxblocks;
    if (maxstack > 0xFFFF || u->varnames.n > 0xFFFF || u->scope->ncells + u->scope->nfrees > 0xFFFF) {
        vm_raise(&exc_SystemError_type, "code object too large");
    }
    CodeObj *co = (CodeObj *)gc_alloc_obj(sizeof(CodeObj), &code_type);
    co->name = name;
    co->qualname = u->qualname;
    co->filename = c->p->filename;
    // The growing code buffer becomes the code object's own block (resized
    // in place when it can be, so finishing a big module needs no second
    // copy of its code), with the line table appended.
    size_t block_len = (size_t)u->len + u->lines_len + (u->len + u->lines_len == 0);   // never 0 bytes
    uint8_t *code = u->code ? gc_realloc(u->code, block_len) : gc_alloc(block_len, true);
    u->code = NULL;
    if (u->lines) {
        memcpy(code + u->len, u->lines, u->lines_len);
        gc_free(u->lines);
        u->lines = NULL;
    }
    co->code = code;
    co->code_len = u->len;
    co->lines_len = u->lines_len;
    co->consts = valvec_tuple(&u->consts);
    co->names = valvec_tuple(&u->names);
    co->varnames = valvec_tuple(&u->varnames);
    co->nlocals = (uint16_t)u->varnames.n;
    // Free the scratch vectors now rather than at the next collection.
    void *scratch[5] = {u->consts.items, u->names.items, u->varnames.items, u->consts_hash.slots,
                        u->names_hash.slots};
    for (int i = 0; i < 5; i++) {
        if (scratch[i]) {
            gc_free(scratch[i]);
        }
    }
    memset(&u->consts, 0, sizeof(u->consts));
    memset(&u->names, 0, sizeof(u->names));
    memset(&u->varnames, 0, sizeof(u->varnames));
    if (u->scope->nfrees) {
        // Cells come first in the frame, so the merged tuple lists them first.
        Value cellnames = tuple_new(u->scope->ncells + u->scope->nfrees, NULL);
        TupleObj *t = val_tuple(cellnames);
        for (uint32_t i = 0; i < u->scope->ncells; i++) {
            t->items[i] = u->scope->cellvars[i];
        }
        for (uint32_t i = 0; i < u->scope->nfrees; i++) {
            t->items[u->scope->ncells + i] = u->scope->freevars[i];
        }
        co->cellnames = cellnames;
    } else {
        co->cellnames = names_tuple(u->scope->cellvars, u->scope->ncells);
    }
    co->ncellvars = (uint16_t)u->scope->ncells;
    co->argcount = (uint16_t)argcount;
    co->posonlyargcount = (uint16_t)posonly;
    co->kwonlyargcount = (uint16_t)kwonly;
    co->stacksize = (uint16_t)maxstack;
    _Static_assert(MAX_RTBLOCKS <= UINT8_MAX, "CodeObj.maxblocks is a uint8_t");
    co->maxblocks = (uint8_t)maxblocks;
    co->flags = (uint16_t)flags;
    co->firstlineno = u->firstlineno;
    c->u = u->parent;
    gc_free(u);
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
        compile_stmt(c, st);
    }
}

// Runs the module's statements through the streaming compiler; returns
// VAL_NULL, or the exception of a symbol table or code generation error
// (others propagate).
static Value compile_file_protected(Compiler *c, Unit *mod, Scope *empty) {
    Parser *p = c->p;
    NlrBuf nb;
    p->compile_stage = 0;
    if (nlr_push(&nb) == 0) {
        c->module_first = true;
        while (p->tok.kind != T_ENDMARKER) {
            compile_stream_stmt(c);
            // The statement's tree and scopes are no longer needed (the
            // parser's current token holds no arena pointers); their
            // chunks are reused for the next statement.
            arena_reset(&p->arena);
            mod->scope = empty;
        }
        nlr_pop();
        return VAL_NULL;
    }
    if (p->compile_stage == 0) {
        nlr_jump(nb.exc);
    }
    return nb.exc;
}

// Symbol analysis of one statement; returns a symbol table error, if any.
static Value analyze_protected(Compiler *c, NodeList stmts) {
    NlrBuf nb;
    c->p->compile_stage = 0;
    if (nlr_push(&nb) == 0) {
        sym_analyze_module(c, stmts);
        nlr_pop();
        return VAL_NULL;
    }
    if (c->p->compile_stage == 0) {
        nlr_jump(nb.exc);
    }
    c->depth = 0;
    return c->p->compile_stage == 1 ? nb.exc : VAL_NULL;
}

// After a symbol table or code generation error: CPython parses the whole
// file first, then runs its symbol table pass, then generates code, so a
// syntax error anywhere wins, then the first symbol table error. Parses
// the file again from the start (whole statements, no code) to find them.
// Out of line: its parser is not in the frame of every compilation.
static OUT_OF_LINE _Noreturn void raise_in_cpython_order(Compiler *c, Value exc) {
    Parser *old = c->p;
    int stage = old->compile_stage;
    arena_release(&old->arena);
    Parser p2;
    parser_init(&p2, old->src, old->len, old->filename, COMPILE_FILE);
    c->p = &p2;
    c->u = NULL;
    c->sclass = NULL;
    c->depth = 0;
    Value sym = VAL_NULL;
    NodeList stmts;
    while ((stmts = parse_next_statement(&p2)) != NULL) {
        if (sym == VAL_NULL && stage == 2) {
            sym = analyze_protected(c, stmts);
        }
        arena_reset(&p2.arena);
    }
    arena_release(&p2.arena);
    nlr_jump(sym != VAL_NULL ? sym : exc);
}

static Value compile_all(Parser *p, Compiler *c) {
    Scope empty;
    memset(&empty, 0, sizeof(empty));
    empty.kind = SCOPE_MODULE;
    c->u = NULL;
    Unit *mod = unit_new(c, &empty, NAME(lt_module), 1);
    mod->cur_line = mod->line_last = 1;
    if (c->mode == COMPILE_EVAL) {
        Node *e = parse_eval_input(p);
        mod->scope = sym_analyze_eval(c, e);
        set_line(c, e);
        compile_expr(c, e);
        emit_op(c, OP_RETURN_VALUE);
    } else if (c->mode == COMPILE_FILE) {
        Value exc = compile_file_protected(c, mod, &empty);
        if (exc != VAL_NULL) {
            raise_in_cpython_order(c, exc);
        }
        emit_const(c, VAL_NONE);
        emit_op(c, OP_RETURN_VALUE);
    } else {
        bool first = true;
        NodeList stmts;
        while ((stmts = parse_next_statement(p)) != NULL) {
            compile_module_stmts(c, stmts, first);
            first = false;
            arena_reset(&p->arena);
            mod->scope = &empty;
        }
        emit_const(c, VAL_NONE);
        emit_op(c, OP_RETURN_VALUE);
    }
    mod->scope = &empty;
    return unit_finish(c, mod, NAME(lt_module), 0, 0, 0, 0);
}

// Runs the compiler; on an exception frees the tree at once (rather than
// at the next collection) and passes the exception on.
static Value compile_protected(Parser *p, Compiler *c) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        Value result = compile_all(p, c);
        nlr_pop();
        return result;
    }
    arena_release(&p->arena);
    nlr_jump(nb.exc);
}

Value compile_source(const char *src, size_t len, Value filename, CompileMode mode) {
    check_source(src, len, filename);
    src = normalize_newlines(src, &len);
    if (len > 0xFFFFFFF0u) {
        vm_raise_memory_error();
    }
    Parser p;
    Compiler c;
    memset(&c, 0, sizeof(c));
    c.p = &p;
    c.mode = mode;
    c.interactive = mode == COMPILE_SINGLE;
    parser_init(&p, src, (uint32_t)len, filename, mode);
    Value result = compile_protected(&p, &c);
    arena_release(&p.arena);
    return result;
}

// --- REPL support --------------------------------------------------------------

typedef struct {
    int last, last_sig, first_of_line, first;
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
            if (ts->first == T_NEWLINE) {
                ts->first = t.kind;
            }
            ts->last_sig = t.kind;
        }
        ts->last = t.kind;
    }
}

// False if the tokenizer raised.
static bool try_summarize(Lexer *lx, TokSummary *ts) {
    NlrBuf nb;
    if (nlr_push(&nb) == 0) {
        summarize_tokens(lx, ts);
        nlr_pop();
        return true;
    }
    return false;
}

bool compile_is_incomplete(const char *src, size_t len) {
    // Tokenize: an error at the end of the input (unclosed bracket or
    // triple-quoted string, a trailing backslash) means more is coming.
    Lexer lx;
    TokSummary ts = {T_NEWLINE, T_NEWLINE, T_NEWLINE, T_NEWLINE};
    lex_init(&lx, src, (uint32_t)len, NAME(lt_stdin));
    if (!try_summarize(&lx, &ts)) {
        // Only errors at the very end mean "more input needed": an open
        // bracket or triple-quoted string (the lexer reached the end), or
        // a trailing backslash continuation.
        if (lx.pos >= lx.len) {
            return true;
        }
        if (src[lx.pos] != '\\') {
            return false;
        }
        for (uint32_t i = lx.pos + 1; i < lx.len; i++) {
            if (src[i] != '\n' && src[i] != ' ' && src[i] != '\t') {
                return false;
            }
        }
        return true;
    }
    bool incomplete = ts.last_sig == T_COLON || ts.first_of_line == T_AT;
    // A compound statement, even on one line ("for i in x: print(i)"),
    // ends with an empty line, as in CPython's interactive mode.
    int f = ts.first;
    bool compound = f == T_IF || f == T_WHILE || f == T_FOR || f == T_TRY || f == T_WITH ||
                    f == T_DEF || f == T_CLASS || f == T_ASYNC || f == T_AT;
    if (lx.saw_indent || compound) {
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
