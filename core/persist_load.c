// Loading .cpy images (persist.h). A damaged file fails the header's
// CRC-32; a foreign or malformed one fails the checks here: every read is
// bounds-checked and every code object's structure (opcodes, argument
// indices, jump targets) is verified, so the loader raises ValueError
// instead of crashing. What is not verified is that a well-formed
// instruction sequence keeps the stack balanced: as with CPython's .pyc,
// the images are trusted to come from copper-cross.
#include <string.h>
#include "persist.h"
#include "bytecode.h"
#include "gc.h"
#include "nlr.h"
#include "obj_complex.h"
#include "utf8.h"
#include "vm_raise.h"

#define MAX_DEPTH 64   // nesting of tuples and code objects

typedef struct {
    const uint8_t *p, *end;
    Value filename;
    int depth;
} Reader;

static _Noreturn void bad(const char *what) { vm_raise(&exc_ValueError_type, "%s .cpy file", what); }

static uint8_t get_byte(Reader *r) {
    if (r->p >= r->end) {
        bad("truncated");
    }
    return *r->p++;
}

static uint64_t get_uint(Reader *r) {
    uint64_t u = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        uint8_t b = get_byte(r);
        u |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            return u;
        }
    }
    bad("invalid");
}

static uint32_t get_u32(Reader *r, uint32_t max) {
    uint64_t u = get_uint(r);
    if (u > max) {
        bad("invalid");
    }
    return (uint32_t)u;
}

// A length-prefixed run of bytes, left where it is.
static const uint8_t *get_run(Reader *r, size_t *len) {
    uint64_t n = get_uint(r);
    if (n > (uint64_t)(r->end - r->p)) {
        bad("truncated");
    }
    const uint8_t *s = r->p;
    r->p += n;
    *len = (size_t)n;
    return s;
}

static double get_double(Reader *r) {
    uint64_t bits = 0;
    for (int i = 0; i < 8; i++) {
        bits |= (uint64_t)get_byte(r) << (8 * i);
    }
    double d;
    memcpy(&d, &bits, sizeof(d));
    return d;
}

// Well-formed UTF-8 as Copper's str holds it: lone surrogates (from
// "\ud800" literals) are allowed, truncated or overlong sequences are not.
static bool str_bytes_ok(const uint8_t *s, size_t len) {
    for (size_t i = 0; i < len;) {
        uint8_t b = s[i];
        size_t n = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0 || n > len - i || (n == 2 && b < 0xC2) || (n == 4 && b > 0xF4)) {
            return false;
        }
        for (size_t k = 1; k < n; k++) {
            if (!utf8_is_cont(s[i + k])) {
                return false;
            }
        }
        if ((n == 3 && b == 0xE0 && s[i + 1] < 0xA0) || (n == 4 && b == 0xF0 && s[i + 1] < 0x90) ||
            (n == 4 && b == 0xF4 && s[i + 1] >= 0x90)) {
            return false;
        }
        i += n;
    }
    return true;
}

static Value get_str(Reader *r, bool intern) {
    size_t len;
    const char *s = (const char *)get_run(r, &len);
    if (!str_bytes_ok((const uint8_t *)s, len)) {
        bad("invalid");
    }
    return intern ? str_intern(s, len) : str_new(s, len);
}

static Value get_object(Reader *r);

static Value get_tuple_body(Reader *r) {
    uint32_t n = get_u32(r, (uint32_t)(r->end - r->p));   // each item takes a byte at least
    if (n == 0) {
        return tuple_empty();
    }
    Value t = tuple_new(n, NULL);
    TupleObj *tu = val_tuple(t);
    for (uint32_t i = 0; i < n; i++) {
        tu->items[i] = get_object(r);
    }
    return t;
}

static Value get_tuple(Reader *r) {
    if (get_byte(r) != 't') {
        bad("invalid");
    }
    return get_tuple_body(r);
}

static Value get_names(Reader *r) {
    Value t = get_tuple(r);
    const TupleObj *tu = val_tuple(t);
    for (size_t i = 0; i < tu->len; i++) {
        if (!val_is_str(tu->items[i])) {
            bad("invalid");
        }
    }
    return t;
}

// The checks that keep the VM inside its tables: opcodes exist, arguments
// index what they name, jumps land on instructions.
static void verify_code(const CodeObj *co) {
    size_t nconsts = val_tuple(co->consts)->len, nnames = val_tuple(co->names)->len;
    size_t ncells = val_tuple(co->cellnames)->len;
    if (val_tuple(co->varnames)->len != co->nlocals ||
        (uint32_t)co->argcount + co->kwonlyargcount + !!(co->flags & CO_VARARGS) +
                !!(co->flags & CO_VARKEYWORDS) > co->nlocals ||
        co->posonlyargcount > co->argcount || co->code_len == 0) {
        bad("invalid");
    }
    // Mark instruction starts, then check jump targets against them.
    uint8_t *starts = gc_alloc((co->code_len + 7) / 8, true);
    for (uint32_t pc = 0; pc < co->code_len;) {
        starts[pc / 8] |= (uint8_t)(1u << (pc % 8));
        uint8_t op = co->code[pc];
        if (op >= OP__COUNT) {
            bad("invalid");
        }
        pc += opcode_has_arg[op] ? 3 : 1;
        if (pc > co->code_len) {
            bad("invalid");
        }
    }
    for (uint32_t pc = 0; pc < co->code_len;) {
        uint8_t op = co->code[pc];
        uint32_t arg = opcode_has_arg[op] ? (uint32_t)co->code[pc + 1] | ((uint32_t)co->code[pc + 2] << 8) : 0;
        bool ok = true;
        switch (op) {
        case OP_LOAD_CONST:
            ok = arg < nconsts;
            break;
        case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
            ok = arg < co->nlocals;
            break;
        case OP_MAKE_CELL: case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF:
        case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
            ok = arg < ncells;
            break;
        case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME:
        case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR:
        case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
            ok = arg < nnames;
            break;
        case OP_BINARY_OP:
            ok = (arg & ~(uint32_t)BINOP_INPLACE) < BINOP_COUNT;
            break;
        case OP_COMPARE_OP:
            ok = arg <= CMP_GE;
            break;
        case OP_IS_OP: case OP_CONTAINS_OP:
            ok = arg <= 1;
            break;
        case OP_FORMAT_VALUE:
            ok = arg < 8;
            break;
        case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP: case OP_JUMP_IF_NOT_EXC_MATCH: case OP_FOR_ITER: case OP_SETUP_FINALLY:
        case OP_SETUP_WITH:
            ok = arg < co->code_len && (starts[arg / 8] >> (arg % 8) & 1);
            break;
        default:
            break;
        }
        if (!ok) {
            bad("invalid");
        }
        pc += opcode_has_arg[op] ? 3 : 1;
    }
    gc_free(starts);
}

// The bytecode and the line table, copied into one block: the line table
// follows the bytecode in memory (bytecode.h).
static void get_code_and_lines(Reader *r, CodeObj *co) {
    size_t code_len, lines_len;
    const uint8_t *code = get_run(r, &code_len);
    const uint8_t *lines = get_run(r, &lines_len);
    if (code_len > 0xFFFFFFF || lines_len > 0xFFFFFFF) {
        bad("invalid");
    }
    if (code_len + lines_len == 0) {
        return;
    }
    uint8_t *block = gc_alloc(code_len + lines_len, true);
    memcpy(block, code, code_len);
    memcpy(block + code_len, lines, lines_len);
    co->code = block;
    co->code_len = (uint32_t)code_len;
    co->lines_len = (uint32_t)lines_len;
}

// The cellvars and freevars tuples of the file as the one tuple of names
// the frame's cells follow (cellvars first).
static void get_cellnames(Reader *r, CodeObj *co) {
    Value cellvars = get_names(r), freevars = get_names(r);
    size_t ncell = val_tuple(cellvars)->len, nfree = val_tuple(freevars)->len;
    if (ncell + nfree > 0xFFFF) {
        bad("invalid");
    }
    co->ncellvars = (uint16_t)ncell;
    if (nfree == 0 || ncell == 0) {
        co->cellnames = nfree == 0 ? cellvars : freevars;
        return;
    }
    co->cellnames = tuple_new(ncell + nfree, NULL);
    TupleObj *t = val_tuple(co->cellnames);
    memcpy(t->items, val_tuple(cellvars)->items, ncell * sizeof(Value));
    memcpy(t->items + ncell, val_tuple(freevars)->items, nfree * sizeof(Value));
}

static Value get_code_body(Reader *r) {
    CodeObj *co = (CodeObj *)gc_alloc_obj(sizeof(CodeObj), &code_type);
    co->name = co->qualname = co->consts = co->names = co->varnames = co->cellnames = tuple_empty();
    co->filename = r->filename;
    co->code = (const uint8_t *)"";
    co->argcount = (uint16_t)get_u32(r, 0xFFFF);
    co->posonlyargcount = (uint16_t)get_u32(r, 0xFFFF);
    co->kwonlyargcount = (uint16_t)get_u32(r, 0xFFFF);
    co->nlocals = (uint16_t)get_u32(r, 0xFFFF);
    co->stacksize = (uint16_t)get_u32(r, 0x7FFF);
    co->maxblocks = (uint8_t)get_u32(r, 0xFF);
    co->flags = (uint16_t)get_u32(r, 0xFFFF);
    if (co->flags & ~(CO_VARARGS | CO_VARKEYWORDS | CO_NEWLOCALS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        bad("invalid");
    }
    co->firstlineno = get_u32(r, 0x7FFFFFFF);
    co->name = get_object(r);
    co->qualname = get_object(r);
    if (!val_is_str(co->name) || !val_is_str(co->qualname)) {
        bad("invalid");
    }
    get_code_and_lines(r, co);
    co->consts = get_tuple(r);
    co->names = get_names(r);
    co->varnames = get_names(r);
    get_cellnames(r, co);
    verify_code(co);
    return OBJ_VAL(co);
}

static Value get_object(Reader *r) {
    if (++r->depth > MAX_DEPTH) {
        bad("invalid");
    }
    Value v;
    uint8_t tag = get_byte(r);
    switch (tag) {
    case 'N': v = VAL_NONE; break;
    case 'T': v = VAL_TRUE; break;
    case 'F': v = VAL_FALSE; break;
    case 'E': v = VAL_ELLIPSIS; break;
    case 'i': {
        uint64_t z = get_uint(r);
        int64_t i = (z & 1) ? -(int64_t)(z >> 1) - 1 : (int64_t)(z >> 1);
        v = int_from_i64(i);
        break;
    }
    case 'I': {
        size_t len;
        const char *s = (const char *)get_run(r, &len);
        size_t k = (len > 0 && s[0] == '-') ? 1 : 0;
        if (k == len) {
            bad("invalid");
        }
        for (size_t j = k; j < len; j++) {
            if (s[j] < '0' || s[j] > '9') {
                bad("invalid");
            }
        }
        v = int_from_str(s, len, 10);
        break;
    }
    case 'f': v = float_new(get_double(r)); break;
    case 'c': {
        double re = get_double(r);
        v = complex_new(re, get_double(r));
        break;
    }
    case 's': v = get_str(r, false); break;
    case 'n': v = get_str(r, true); break;
    case 'b': {
        size_t len;
        const uint8_t *s = get_run(r, &len);
        v = bytes_new(s, len);
        break;
    }
    case 't': v = get_tuple_body(r); break;
    case 'C': v = get_code_body(r); break;
    default: bad("invalid");
    }
    r->depth--;
    return v;
}

bool persist_is_image(const uint8_t *data, size_t len) { return len >= 2 && data[0] == 'C' && data[1] == 'u'; }

uint32_t persist_crc32(const uint8_t *data, size_t len) {
    // Bit by bit: no table in flash, and images are small.
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

Value persist_load(const uint8_t *data, size_t len) {
    if (len >= 1 && data[0] == 'M') {
        vm_raise(&exc_ValueError_type, "MicroPython .mpy file; use copper-cross");
    }
    if (len >= 2 && data[0] == 'C' && data[1] == 6) {
        vm_raise(&exc_ValueError_type, "CircuitPython .mpy file; use copper-cross");
    }
    if (!persist_is_image(data, len)) {
        vm_raise(&exc_ValueError_type, "not a .cpy file");
    }
    if (len < PERSIST_HEADER_LEN) {
        bad("truncated");
    }
    if (data[2] != PERSIST_VERSION) {
        vm_raise(&exc_ValueError_type, "incompatible .cpy file: format version %d, this Copper reads version %d",
                 (int)data[2], PERSIST_VERSION);
    }
    if (data[3] > PERSIST_SMALL_INT_BITS || data[3] < 8) {
        vm_raise(&exc_ValueError_type, "incompatible .cpy file: made for %d-bit small ints, this Copper has %d",
                 (int)data[3], PERSIST_SMALL_INT_BITS);
    }
    uint32_t crc = (uint32_t)data[4] | (uint32_t)data[5] << 8 | (uint32_t)data[6] << 16 | (uint32_t)data[7] << 24;
    if (crc != persist_crc32(data + PERSIST_HEADER_LEN, len - PERSIST_HEADER_LEN)) {
        vm_raise(&exc_ValueError_type, "damaged .cpy file (checksum mismatch)");
    }
    Reader r = {data + PERSIST_HEADER_LEN, data + len, VAL_NULL, 0};
    r.filename = get_str(&r, false);
    Value code = get_object(&r);
    if (!is_type(code, &code_type) || r.p != r.end) {
        bad("invalid");
    }
    return code;
}
