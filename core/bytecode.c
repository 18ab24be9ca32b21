// Tables generated from opcodes.def (names, argument flags, stack
// effects), the line-table lookup, and the code object type.
#include "bytecode.h"
#include "print.h"

const char *const opcode_names[OP__COUNT] = {
#define OP(name, has_arg, effect) #name,
#include "opcodes.def"
#undef OP
};

const uint8_t opcode_has_arg[OP__COUNT] = {
#define OP(name, has_arg, effect) has_arg,
#include "opcodes.def"
#undef OP
};

const int8_t opcode_stack_effect[OP__COUNT] = {
#define OP(name, has_arg, effect) effect,
#include "opcodes.def"
#undef OP
};

uint32_t code_line_for_pc(const CodeObj *code, uint32_t pc) {
    const uint8_t *lines = code_lines(code);
    uint32_t line = code->firstlineno, addr = 0;
    for (uint32_t i = 0; i + 1 < code->lines_len; i += 2) {
        addr += lines[i];
        if (addr > pc) {
            break;
        }
        line += (uint32_t)(int32_t)(int8_t)lines[i + 1];
    }
    return line;
}

// A tuple of `n` names of `cellnames` from `start`: the tuple itself when
// that is all of it, so most functions build none.
static Value cellnames_part(const CodeObj *co, size_t start, size_t n) {
    const TupleObj *all = val_tuple(co->cellnames);
    if (n == all->len) {
        return co->cellnames;
    }
    return n ? tuple_new(n, all->items + start) : tuple_empty();
}

Value code_cellvars(const CodeObj *co) { return cellnames_part(co, 0, co->ncellvars); }

Value code_freevars(const CodeObj *co) {
    return cellnames_part(co, co->ncellvars, code_nfreevars(co));
}

static Value code_repr(Value self) {
    const CodeObj *co = (const CodeObj *)VAL_OBJ(self);
    return str_printf("<code object %S at %p, file \"%S\", line %u>", co->name, (void *)co, co->filename,
                      (unsigned)co->firstlineno);
}

static Value code_getattr(Value self, Value name) {
    const CodeObj *co = (const CodeObj *)VAL_OBJ(self);
    if (name == NAME(co_name)) {
        return co->name;
    }
    if (name == NAME(co_qualname)) {
        return co->qualname;
    }
    if (name == NAME(co_filename)) {
        return co->filename;
    }
    if (name == NAME(co_firstlineno)) {
        return val_from_small_int(co->firstlineno);
    }
    if (name == NAME(co_argcount)) {
        return val_from_small_int(co->argcount);
    }
    if (name == NAME(co_posonlyargcount)) {
        return val_from_small_int(co->posonlyargcount);
    }
    if (name == NAME(co_kwonlyargcount)) {
        return val_from_small_int(co->kwonlyargcount);
    }
    if (name == NAME(co_nlocals)) {
        return val_from_small_int(co->nlocals);
    }
    if (name == NAME(co_stacksize)) {
        return val_from_small_int(co->stacksize);
    }
    if (name == NAME(co_flags)) {
        return val_from_small_int(co->flags);
    }
    if (name == NAME(co_varnames)) {
        return co->varnames;
    }
    if (name == NAME(co_cellvars)) {
        return code_cellvars(co);
    }
    if (name == NAME(co_freevars)) {
        return code_freevars(co);
    }
    if (name == NAME(co_consts)) {
        return co->consts;
    }
    if (name == NAME(co_names)) {
        return co->names;
    }
    if (name == NAME(co_code)) {
        return bytes_new(co->code, co->code_len);
    }
    return VAL_NULL;
}

const Type code_type = {
    .base = {&type_type},
    .name = NAME(code),
    .base_type = &object_type,
    .repr = code_repr,
    .getattr = code_getattr,
};
