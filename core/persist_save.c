// Writing .cpy images (persist.h): the code object tree, depth first.
#include <string.h>
#include "persist.h"
#include "bytecode.h"
#include "obj_complex.h"
#include "vm_raise.h"

static void put_uint(Vstr *out, uint64_t u) {
    do {
        uint8_t b = u & 0x7F;
        u >>= 7;
        vstr_add_byte(out, (char)(u ? b | 0x80 : b));
    } while (u);
}

static void put_bytes(Vstr *out, const void *data, size_t len) {
    put_uint(out, len);
    vstr_add_bytes(out, data, len);
}

static void put_double(Vstr *out, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof(bits));
    for (int i = 0; i < 8; i++) {
        vstr_add_byte(out, (char)(bits >> (8 * i)));
    }
}

static void put_object(Vstr *out, Value v, int bits);

static void put_tuple(Vstr *out, Value t, int bits) {
    const TupleObj *tu = val_tuple(t);
    vstr_add_byte(out, 't');
    put_uint(out, tu->len);
    for (size_t i = 0; i < tu->len; i++) {
        put_object(out, tu->items[i], bits);
    }
}

static void put_code(Vstr *out, const CodeObj *co, int bits) {
    vstr_add_byte(out, 'C');
    const uint32_t fields[] = {co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals,
                               co->stacksize, co->maxblocks, co->flags, co->firstlineno};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        put_uint(out, fields[i]);
    }
    put_object(out, co->name, bits);
    put_object(out, co->qualname, bits);
    put_bytes(out, co->code, co->code_len);
    put_bytes(out, code_lines(co), co->lines_len);
    put_tuple(out, co->consts, bits);
    put_tuple(out, co->names, bits);
    put_tuple(out, co->varnames, bits);
    put_tuple(out, code_cellvars(co), bits);
    put_tuple(out, code_freevars(co), bits);
}

static void put_object(Vstr *out, Value v, int bits) {
    if (v == VAL_NONE) {
        vstr_add_byte(out, 'N');
    } else if (v == VAL_TRUE) {
        vstr_add_byte(out, 'T');
    } else if (v == VAL_FALSE) {
        vstr_add_byte(out, 'F');
    } else if (v == VAL_ELLIPSIS) {
        vstr_add_byte(out, 'E');
    } else if (val_is_int(v)) {
        int64_t i;
        // Small on the target: a varint; otherwise decimal text, which any
        // word size reads back as a big int.
        if (int_to_i64(v, &i) && i < ((int64_t)1 << (bits - 1)) && i >= -((int64_t)1 << (bits - 1))) {
            vstr_add_byte(out, 'i');
            put_uint(out, i < 0 ? ((uint64_t)(-(i + 1)) << 1) | 1 : (uint64_t)i << 1);
        } else {
            Value s = int_to_str(v, 10);
            vstr_add_byte(out, 'I');
            put_bytes(out, str_cstr(s), str_len_bytes(s));
        }
    } else if (is_type(v, &float_type)) {
        vstr_add_byte(out, 'f');
        put_double(out, float_value(v));
    } else if (is_type(v, &complex_type)) {
        const ComplexObj *c = (const ComplexObj *)VAL_OBJ(v);
        vstr_add_byte(out, 'c');
        put_double(out, c->real);
        put_double(out, c->imag);
    } else if (val_is_str(v)) {
        vstr_add_byte(out, val_str(v)->interned ? 'n' : 's');
        put_bytes(out, str_cstr(v), str_len_bytes(v));
    } else if (is_type(v, &bytes_type)) {
        const BytesObj *b = (const BytesObj *)VAL_OBJ(v);
        vstr_add_byte(out, 'b');
        put_bytes(out, b->data, b->len);
    } else if (is_type(v, &tuple_type)) {
        put_tuple(out, v, bits);
    } else if (is_type(v, &code_type)) {
        put_code(out, (const CodeObj *)VAL_OBJ(v), bits);
    } else {
        vm_raise(&exc_ValueError_type, "cannot save a constant of type '%T'", v);
    }
}

void persist_save(Value code, Value filename, int small_int_bits, Vstr *out) {
    size_t start = out->len;
    const char header[PERSIST_HEADER_LEN] = {'C', 'u', PERSIST_VERSION, (char)small_int_bits, 0, 0, 0, 0};
    vstr_add_bytes(out, header, sizeof(header));
    put_bytes(out, str_cstr(filename), str_len_bytes(filename));
    put_object(out, code, small_int_bits);
    uint8_t *image = (uint8_t *)out->buf + start;
    uint32_t crc = persist_crc32(image + PERSIST_HEADER_LEN, out->len - start - PERSIST_HEADER_LEN);
    for (int i = 0; i < 4; i++) {
        image[4 + i] = (uint8_t)(crc >> (8 * i));
    }
}
