// The disassembler: one line per instruction with its source line, offset,
// name, argument and what the argument means (constant, name, local, cell,
// jump target, operator), in the spirit of CPython's dis module.
#include "disasm.h"
#include "bytecode.h"
#include "print.h"
#include "stream.h"

static const char *const binop_text[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
static const char *const cmp_text[] = {"<", "<=", "==", "!=", ">", ">="};

static Value tuple_item(Value t, uint32_t i) {
    TupleObj *tp = val_tuple(t);
    return i < tp->len ? tp->items[i] : VAL_NULL;
}

static void describe(Vstr *v, const CodeObj *co, int op, uint32_t arg) {
    Value x = VAL_NULL;
    switch (op) {
    case OP_LOAD_CONST:
        x = tuple_item(co->consts, arg);
        if (x != VAL_NULL) {
            vstr_printf(v, "(%R)", x);
        }
        return;
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
    case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        x = tuple_item(co->names, arg);
        break;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        x = tuple_item(co->varnames, arg);
        break;
    case OP_MAKE_CELL: case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF:
    case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
        x = tuple_item(co->cellnames, arg);
        break;
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: case OP_JUMP_IF_NOT_EXC_MATCH: case OP_FOR_ITER: case OP_SETUP_FINALLY:
    case OP_SETUP_WITH:
        vstr_printf(v, "(to %u)", (unsigned)arg);
        return;
    case OP_BINARY_OP: {
        uint32_t b = arg & 15;
        if (b < BINOP_COUNT) {
            vstr_printf(v, "(%s%s)", binop_text[b], (arg & BINOP_INPLACE) ? "=" : "");
        }
        return;
    }
    case OP_COMPARE_OP:
        if (arg < 6) {
            vstr_printf(v, "(%s)", cmp_text[arg]);
        }
        return;
    default:
        return;
    }
    if (x != VAL_NULL) {
        vstr_printf(v, "(%S)", x);
    }
}

static void pad(Vstr *v, size_t from, size_t width) {
    while (v->len - from < width) {
        vstr_add_byte(v, ' ');
    }
}

// An unsigned number right-aligned in `width` columns.
static void add_num(Vstr *v, uint32_t n, size_t width) {
    char buf[12];
    size_t len = fmt_uint(buf, n, 10, false);
    for (size_t i = len; i < width; i++) {
        vstr_add_byte(v, ' ');
    }
    vstr_add_bytes(v, buf, len);
}

void disasm_code(Value code) {
    const CodeObj *co = (const CodeObj *)VAL_OBJ(code);
    Value out = stream_stdout();
    Vstr v;
    vstr_init(&v, 128);
    vstr_printf(&v, "Disassembly of %R:\n", code);
    vstr_printf(&v, "  argcount=%u posonly=%u kwonly=%u nlocals=%u stacksize=%u maxblocks=%u flags=0x%x\n",
                (unsigned)co->argcount, (unsigned)co->posonlyargcount, (unsigned)co->kwonlyargcount,
                (unsigned)co->nlocals, (unsigned)co->stacksize, (unsigned)co->maxblocks, (unsigned)co->flags);
    vstr_printf(&v, "  varnames=%R cellvars=%R freevars=%R\n", co->varnames, code_cellvars(co),
                code_freevars(co));
    stream_write(out, v.buf, v.len);
    uint32_t last_line = 0;
    for (uint32_t pc = 0; pc < co->code_len;) {
        int op = co->code[pc];
        v.len = 0;
        uint32_t line = code_line_for_pc(co, pc);
        size_t start = v.len;
        if (line != last_line) {
            add_num(&v, line, 4);
            last_line = line;
        }
        pad(&v, start, 6);
        add_num(&v, pc, 6);
        vstr_add_byte(&v, ' ');
        if (op >= OP__COUNT) {
            vstr_printf(&v, "<bad opcode %u>\n", (unsigned)op);
            stream_write(out, v.buf, v.len);
            break;
        }
        size_t name_start = v.len;
        vstr_add_cstr(&v, opcode_names[op]);
        if (opcode_has_arg[op] && pc + 2 < co->code_len) {
            uint32_t arg = co->code[pc + 1] | ((uint32_t)co->code[pc + 2] << 8);
            pad(&v, name_start, 24);
            add_num(&v, arg, 6);
            vstr_add_byte(&v, ' ');
            describe(&v, co, op, arg);
            pc += 3;
        } else {
            pc += 1;
        }
        vstr_add_byte(&v, '\n');
        stream_write(out, v.buf, v.len);
    }
    stream_write(out, "\n", 1);
    TupleObj *consts = val_tuple(co->consts);
    for (size_t i = 0; i < consts->len; i++) {
        if (is_type(consts->items[i], &code_type)) {
            disasm_code(consts->items[i]);
        }
    }
}
